//! Languages end to end: the browser's Accept-Language before any choice, a person's choice on
//! their profile, a site's default, every word of a work order's page from the catalogue, a
//! refused field in the reader's language, and reminder digests in each recipient's language.
use std::collections::BTreeSet;

use crate::helpers::*;

async fn page(c: &reqwest::Client, url: String, accept_language: Option<&str>) -> String {
    let mut req = c.get(url);
    if let Some(l) = accept_language {
        req = req.header("Accept-Language", l);
    }
    let res = req.send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

/// The text people read on a page: each text node, trimmed, scripts and styles left out.
fn visible_text(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let text = html_escape::decode_html_entities(rest[..lt].trim()).into_owned();
        if !text.is_empty() {
            out.push(text);
        }
        rest = &rest[lt..];
        let skip_to = if rest.starts_with("<script") {
            rest.find("</script>").map(|i| i + 9)
        } else if rest.starts_with("<style") {
            rest.find("</style>").map(|i| i + 8)
        } else {
            rest.find('>').map(|i| i + 1)
        };
        rest = &rest[skip_to.unwrap_or(rest.len())..];
    }
    out
}

#[tokio::test]
async fn the_sign_in_page_speaks_the_browsers_language_before_any_choice() {
    let app = spawn_app().await;
    let c = client();
    let fr = page(&c, app.url("/login"), Some("fr-CA,fr;q=0.9,en;q=0.5")).await;
    assert!(fr.contains(r#"<html lang="fr""#), "{fr}");
    assert!(fr.contains("Se connecter") && fr.contains("Mot de passe"), "{fr}");
    assert!(!fr.contains(">Sign in<"), "{fr}");
    let es = page(&c, app.url("/login"), Some("es-MX")).await;
    assert!(es.contains(r#"<html lang="es""#) && es.contains("Contraseña"));
    // a language Gemba lacks, or none: English
    for accept in [Some("de-DE,de;q=0.9"), None] {
        let en = page(&c, app.url("/login"), accept).await;
        assert!(en.contains(r#"<html lang="en""#) && en.contains(">Sign in<"), "{accept:?}");
    }
    // the pseudo-locale, for finding strings left out of the catalogue
    let xa = page(&c, app.url("/login"), Some("en-XA")).await;
    assert!(xa.contains(r#"<html lang="en-XA""#) && xa.contains("[Sígñ íñ"), "{xa}");
}

#[tokio::test]
async fn a_technician_who_chose_spanish_reads_the_whole_work_order_in_spanish_with_spanish_field_errors() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let me = app.tech.to_string();
    let title = "Cambiar el sello de la bomba 4";
    let created = json(
        app.call(
            &tech,
            "create_work_order",
            &[
                ("title", title),
                ("wo_type", "corrective"),
                ("priority", "high"),
                ("due_date", "2026-11-24"),
                ("assignee", me.as_str()),
                ("description", "Fuga de aceite bajo la bomba"),
            ],
        )
        .await,
    )
    .await;
    let id = created["summary"]["id"].to_string();
    let r = app.call(&tech, "change_work_order_status", &[("id", &id), ("status", "in_progress")]).await;
    assert!(r.status().is_success());
    let r = app.call(&tech, "add_time", &[("work_order_id", &id), ("minutes", "25"), ("note", "desmontaje")]).await;
    assert!(r.status().is_success());
    let wo_page = format!("/work-orders/{id}");
    let english = page(&tech, app.url(&wo_page), Some("en-US")).await;

    // the choice, on the profile, outlasts what the browser asks for
    let r = app.call(&tech, "set_language", &[("language", "de")]).await;
    assert_eq!(r.status(), 422, "a language Gemba lacks is refused");
    let r = app.call(&tech, "set_language", &[("language", "es")]).await;
    assert!(r.status().is_success(), "{}", r.status());
    assert_eq!(app.audit_count("user.language").await, 1);
    let spanish = page(&tech, app.url(&wo_page), Some("en-US")).await;
    assert!(spanish.contains(r#"<html lang="es""#));
    for words in ["Mi trabajo", "Repuestos", "Registrar tiempo", "25 minutos registrados", "Terminar y firmar"] {
        assert!(spanish.contains(words), "{words} missing from the Spanish page");
    }
    assert!(spanish.contains("vence el 24 nov 2026"), "dates as Spanish writes them");
    // every word on the page is from the catalogue: what reads the same in both languages is data
    let en: BTreeSet<String> = visible_text(&english).into_iter().collect();
    let same: Vec<String> = visible_text(&spanish)
        .into_iter()
        .filter(|t| en.contains(t))
        .filter(|t| {
            // names that are the same in both languages (acronyms) count as data
            let data = [title, "Fuga de aceite bajo la bomba", "Gemba", "Test technician", "TPM", "CAPA", "OSHA"];
            !data.iter().any(|d| t.contains(d)) && t.chars().any(char::is_alphabetic)
        })
        .collect();
    let same: Vec<String> = same.into_iter().filter(|t| !t.starts_with("RVS") && !t.starts_with("LYN")).collect();
    assert!(same.is_empty(), "English left on the Spanish page: {same:?}");

    // a refused field, without JavaScript, in Spanish at its field
    let r = tech
        .post(app.url("/sfn/add_time"))
        .header("Accept", "text/html")
        .header("Referer", app.url(&wo_page))
        .form(&[("__anchor", "time"), ("work_order_id", id.as_str()), ("minutes", "media hora"), ("note", "")])
        .send()
        .await
        .unwrap();
    let back = r.headers()["location"].to_str().unwrap().to_string();
    let refused = tech.get(&back).send().await.unwrap().text().await.unwrap();
    assert!(refused.contains("Corrija los campos marcados."), "summary in Spanish");
    assert!(refused.contains("Escriba entre 1 y 1440 minutos."), "the field's message in Spanish");
    assert!(refused.contains(r#"value="media hora""#), "what was typed is kept");

    // back to automatic: the browser's language again
    let r = app.call(&tech, "set_language", &[("language", "")]).await;
    assert!(r.status().is_success());
    let french = page(&tech, app.url("/work"), Some("fr-FR")).await;
    assert!(french.contains(r#"<html lang="fr""#) && french.contains("Mon travail"));
}

#[tokio::test]
async fn a_sites_default_language_is_for_people_who_chose_none() {
    use backend::entities::site;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let app = spawn_app().await;
    site::ActiveModel { id: Set(app.rvs), language: Set(Some("fr".into())), ..Default::default() }
        .update(&app.state.db)
        .await
        .unwrap();
    let tech = app.login("tech@test.example").await;
    let work = page(&tech, app.url("/work"), Some("en-US")).await;
    assert!(
        work.contains(r#"<html lang="fr""#) && work.contains("Mon travail"),
        "the site's language over the browser's"
    );
    let r = app.call(&tech, "set_language", &[("language", "en")]).await;
    assert!(r.status().is_success());
    let work = page(&tech, app.url("/work"), Some("fr-FR")).await;
    assert!(work.contains(r#"<html lang="en""#) && work.contains(">My work<"), "the person's choice over the site's");
}

#[tokio::test]
async fn an_anonymous_problem_report_speaks_its_sites_language_and_a_refused_page_the_readers() {
    use backend::entities::site;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let asset =
        json(app.call(&mgr, "create_asset", &[("tag", "P-7"), ("name", "Prensa 7")]).await).await["id"].to_string();
    site::ActiveModel {
        id: Set(app.rvs),
        language: Set(Some("es".into())),
        allow_anonymous_reports: Set(true),
        ..Default::default()
    }
    .update(&app.state.db)
    .await
    .unwrap();
    // a QR label scanned by someone without an account, whose phone asks for English
    let form = page(&client(), app.url(&format!("/report/{asset}")), Some("en-US")).await;
    assert!(form.contains(r#"<html lang="es""#) && form.contains("Reportar un problema"), "{form}");
    assert!(form.contains("¿Qué falla?"), "{form}");

    // a page the technician may not open: the refusal in their browser's language
    let tech = app.login("tech@test.example").await;
    site::ActiveModel { id: Set(app.rvs), language: Set(None), ..Default::default() }
        .update(&app.state.db)
        .await
        .unwrap();
    let res = tech.get(app.url("/kpi")).header("Accept-Language", "fr").send().await.unwrap();
    assert_eq!(res.status(), 403);
    let body = html_escape::decode_html_entities(&res.text().await.unwrap()).into_owned();
    assert!(body.contains(r#"<html lang="fr""#) && body.contains("Désolé"), "{body}");
    assert!(body.contains("Vous n'avez pas le droit de faire cela."), "{body}");
}

/// Every page of the route list an administrator and the EHS officer reach, in English and in
/// Spanish: a text that reads the same in both is data (names, titles, codes) or a word left out
/// of the catalogues. The list of such words must stay empty.
#[tokio::test]
async fn no_page_keeps_english_words_in_spanish() {
    no_page_keeps_english_words_in("es", &["Roles"]).await;
}

/// The same in French, whose words often are English ones too: those are listed.
#[tokio::test]
async fn no_page_keeps_english_words_in_french() {
    no_page_keeps_english_words_in("fr", FRENCH_LIKE_ENGLISH).await;
}

/// Texts of the French catalogue that read as the English ones (checked one by one: French words).
const FRENCH_LIKE_ENGLISH: &[&str] = &[
    "Sites",
    "Site",
    "Audits",
    "Active",
    "E-mail",
    "B (important)",
    "Notes",
    "Certification",
    "Type",
    "Production",
    "Code",
    "Note",
];

async fn no_page_keeps_english_words_in(lang: &'static str, same_words: &[&str]) {
    let app = spawn_app().await;
    let routes: Vec<String> = server::page_paths().into_iter().filter(|p| !p.contains('{') && p != "/login").collect();
    let mut left = BTreeSet::new();
    for who in ["admin@test.example", "ehs@test.example"] {
        let c = app.login(who).await;
        for (path, _) in crawl(&app, &c, &routes, 200).await {
            let get = |lang: &'static str| {
                let c = c.clone();
                let url = app.url(&path);
                async move {
                    let res = c.get(url).header("Accept-Language", lang).send().await.unwrap();
                    if res.status() == 200 { Some(res.text().await.unwrap()) } else { None }
                }
            };
            let (Some(en), Some(es)) = (get("en").await, get(lang).await) else { continue };
            let en: BTreeSet<String> = visible_text(&en).into_iter().collect();
            for text in visible_text(&es) {
                if en.contains(&text) && text.chars().filter(|c| c.is_alphabetic()).count() > 3 {
                    left.insert(format!("{path}: {text}"));
                }
            }
        }
    }
    // data: the test organisation's people, sites and codes, words the same in both languages, and
    // each language's own name in the language choice
    let data = [
        "Test ",
        "Riverside",
        "Lyon",
        "Dayton",
        "RVS",
        "LYN",
        "Gemba",
        "CAPA",
        "OSHA",
        "admin@",
        "ehs@",
        "@test.example",
        "English",
        "Español",
        "Français",
        "MTBF",
        "MTTR",
        "DAFW",
        "DART",
        "LTIR",
        "LTIFR",
        "NAICS",
    ];
    // pages of data in its author's language: the audit trail's records as stored, the built-in
    // frameworks' requirement texts, the starter inspection templates and certification types
    let data_pages = ["/audit:", "/compliance/frameworks/", "/templates", "/compliance/people:"];
    // OSHA's own wording on its forms (the 300 log's columns, the 300A's fields and certification),
    // kept in English for French readers (OSHA has no French form); Spanish readers get its Spanish form
    let legal: Vec<String> =
        ["(A) ", "(B) ", "(C) ", "(D) ", "(E) ", "(F) ", "(G) ", "(H) ", "(I) ", "(J) ", "(K) ", "(L) ", "(M"]
            .iter()
            .chain(["Page totals", "Annual average number of employees", "Total hours worked", "I certify that"].iter())
            .map(|s| format!(": {s}"))
            .collect();
    let osha: Vec<(String, Vec<String>)> = if lang == "fr" {
        vec![("/osha/log".to_string(), legal.clone()), ("/osha/summary".to_string(), legal)]
    } else {
        Vec::new()
    };
    let left: Vec<String> = left
        .into_iter()
        .filter(|l| !data.iter().any(|d| l.contains(d)))
        .filter(|l| !l.split_once(": ").is_some_and(|(_, text)| same_words.contains(&text)))
        .filter(|l| !data_pages.iter().any(|p| l.starts_with(p)))
        // an OSHA form printed in the language chosen (`?form=`) reads the same for every reader
        .filter(|l| !(l.starts_with("/osha/") && l.split_once(": ").is_some_and(|(p, _)| p.contains("form="))))
        .filter(|l| {
            !osha.iter().any(|(p, rest)| l.starts_with(p.as_str()) && rest.iter().any(|r| l.contains(r.as_str())))
        })
        .collect();
    assert!(left.is_empty(), "{} texts read the same in English and {lang}:\n{}", left.len(), left.join("\n"));
}

/// OSHA publishes its forms in English and Spanish: a Spanish reader prints them with OSHA's Spanish
/// labels, a French one keeps the English labels with a French gloss beside each, and anyone may print
/// either language (an English reader printing the Spanish form gets English glosses).
#[tokio::test]
async fn the_osha_forms_print_in_english_or_spanish_and_a_french_reader_gets_french_glosses() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let r = app
        .call(
            &ehs,
            "open_case",
            &[
                ("employee_name", "Pat Doe"),
                ("job_title", "Press operator"),
                ("injury_date", "2026-11-20"),
                ("location", "Press shop"),
                ("injury_description", "Laceration, left hand"),
                ("case_type", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let case: serde_json::Value = r.json().await.unwrap();
    let get = |path: String, lang: &'static str| {
        let c = ehs.clone();
        let url = app.url(&path);
        async move {
            let res = c.get(url).header("Accept-Language", lang).send().await.unwrap();
            assert_eq!(res.status(), 200);
            html(res).await
        }
    };
    let form301 = format!("/osha/cases/{}/301", case["id"]);

    // a Spanish reader: OSHA's Spanish form, no gloss, and the English one a tap away
    let log = get("/osha/log?year=2026".into(), "es").await;
    assert!(log.contains("Registro de Lesiones y Enfermedades Ocupacionales"), "{log}");
    assert!(log.contains("(B) Nombre del empleado") && log.contains("(M4) Envenenamiento"), "{log}");
    assert!(log.contains("Totales de la página") && !log.contains("Employee's name"), "{log}");
    assert!(!log.contains(r#"class="gloss""#) && log.contains("form=en"), "{log}");
    let summary = get("/osha/summary?year=2026".into(), "es").await;
    assert!(summary.contains("Número promedio anual de empleados"), "{summary}");
    assert!(summary.contains("(H) Número total de casos con días de ausencia del trabajo"), "{summary}");
    assert!(summary.contains("Certifico que he examinado este documento"), "{summary}");
    // the CSV of the log, for people, is headed the same way
    let csv = ehs.get(app.url("/osha/300.csv?year=2026")).header("Accept-Language", "es").send().await.unwrap();
    let csv = csv.text().await.unwrap();
    assert!(csv.contains("(B) Nombre del empleado") && csv.contains("(M6) Todas las demás enfermedades"), "{csv}");
    assert!(log.contains("/osha/300.csv?year=2026&amp;form=es"), "{log}");
    let report = get(form301.clone(), "es").await;
    assert!(report.contains("Informe de Incidentes de Lesiones y Enfermedades"), "{report}");
    assert!(report.contains("1. Nombre completo") && report.contains("15. ¿Qué sucedió?"), "{report}");
    assert!(report.contains("No se puede determinar la hora"), "{report}");

    // a French reader: OSHA's English labels, each with its French gloss, and a French note saying so
    let log = get("/osha/log?year=2026".into(), "fr").await;
    assert!(log.contains(r#"(B) Employee's name<span lang="fr" class="gloss">nom du salarié</span>"#), "{log}");
    assert!(log.contains("qui n'existe qu'en anglais et en espagnol"), "{log}");
    let report = get(form301.clone(), "fr").await;
    assert!(report.contains("15. What happened?") && report.contains("ce qui s'est passé"), "{report}");
    let summary = get("/osha/summary?year=2026".into(), "fr").await;
    assert!(
        summary.contains("I certify that I have examined") && summary.contains("effectif moyen annuel"),
        "{summary}"
    );

    // an English reader prints the Spanish form, glossed in English; then the English form, unglossed
    let log = get("/osha/log?year=2026&form=es".into(), "en").await;
    assert!(
        log.contains(r#"(B) Nombre del empleado<span lang="en" class="gloss">the employee's name</span>"#),
        "{log}"
    );
    let report = get(format!("{form301}?form=en"), "en").await;
    assert!(report.contains("Injury and Illness Incident Report") && !report.contains(r#"class="gloss""#), "{report}");
}

/// A template can carry its items in other languages: each reader runs the audit in theirs where the
/// template has it, in the author's words where it does not; the starter templates come in English,
/// Spanish and French.
#[tokio::test]
async fn an_audit_shows_each_reader_the_items_in_their_language_when_the_template_carries_it() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let get = |path: String, lang: &'static str| {
        let c = mgr.clone();
        let url = app.url(&path);
        async move {
            let res = c.get(url).header("Accept-Language", lang).send().await.unwrap();
            assert_eq!(res.status(), 200);
            html(res).await
        }
    };
    // the starters: names and items in the reader's language
    let lib = get("/templates".into(), "es").await;
    assert!(lib.contains("Inspección mensual de extintores") && !lib.contains("Fire extinguisher monthly"), "{lib}");
    let (template, _) = crate::inspections::extinguisher(&app, &mgr).await;
    let run = crate::inspections::schedule(&app, &mgr, template).await;
    let page = format!("/inspections/{}", run["id"]);
    let es = get(page.clone(), "es").await;
    assert!(es.contains("Ubicación y acceso") && es.contains("El extintor está en su lugar señalizado"), "{es}");
    assert!(
        es.contains("Mantenga libre aproximadamente 1 m delante")
            && !es.contains("Extinguisher is in its marked place")
    );
    let fr = get(page.clone(), "fr").await;
    assert!(fr.contains("est à son emplacement signalé") && fr.contains("Emplacement et accès"), "{fr}");
    let en = get(page, "en").await;
    assert!(en.contains("Extinguisher is in its marked place") && en.contains("Location and access"), "{en}");

    // an author's template translated in part: the untranslated item stays in the author's words
    let items = "# Dock | es=Muelle\n\
                 [yes_no_na] Dock plate stowed | guidance=Before the truck moves | text.es=Rampa recogida | guidance.es=Antes de que se mueva el camión\n\
                 [yes_no_na] Wheel chocks in place | critical\n";
    let r = app
        .call(
            &mgr,
            "create_template",
            &[("name", "Dock check"), ("category", "inspection"), ("pass_mark", "100"), ("items", items)],
        )
        .await;
    assert_eq!(r.status(), 200);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["items"][0]["translations"]["es"]["text"], "Rampa recogida");
    let page = get(format!("/templates/{}", v["id"]), "es").await;
    assert!(page.contains("Rampa recogida") && page.contains("También en: es"), "{page}");
    assert!(page.contains("text.es=Rampa recogida"), "the editor keeps the translations: {page}");
    assert_eq!(app.call(&mgr, "publish_template", &[("version_id", &v["id"].to_string())]).await.status(), 200);
    let run = crate::inspections::schedule(&app, &mgr, v["template_id"].as_i64().unwrap()).await;
    let page = format!("/inspections/{}", run["id"]);
    let es = get(page.clone(), "es").await;
    assert!(
        es.contains("Muelle") && es.contains("Rampa recogida") && es.contains("Antes de que se mueva el camión"),
        "{es}"
    );
    assert!(es.contains("Wheel chocks in place"), "{es}");
    let fr = get(page, "fr").await;
    assert!(fr.contains("Dock plate stowed") && fr.contains("Before the truck moves"), "{fr}");

    // a translation needs a two-letter language
    let r = app
        .call(
            &mgr,
            "create_template",
            &[
                ("name", "Bad"),
                ("category", "inspection"),
                ("pass_mark", "100"),
                ("items", "[text] x | text.spanish=y"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(json(r).await["Validation"]["items"].as_str().unwrap().contains("Line 1"));
}
