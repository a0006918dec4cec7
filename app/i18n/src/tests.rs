use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// The message ids of a catalogue, failing on a syntax error or an id written twice.
fn ids(lang: Lang, source: &str) -> BTreeSet<String> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{}.ftl does not parse: {errors:?}", lang.code()),
    };
    let mut seen = BTreeSet::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            assert!(seen.insert(m.id.name.to_string()), "{}.ftl has {} twice", lang.code(), m.id.name);
            assert!(m.value.is_some(), "{}.ftl: {} has no text", lang.code(), m.id.name);
        }
    }
    seen
}

#[test]
fn every_message_is_in_english_spanish_and_french() {
    let all: BTreeMap<Lang, BTreeSet<String>> = CATALOGUES.iter().map(|(l, s)| (*l, ids(*l, s))).collect();
    let en = &all[&Lang::En];
    assert!(en.len() > 100, "the English catalogue holds {} messages", en.len());
    for (lang, have) in &all {
        let missing: Vec<&String> = en.difference(have).collect();
        let extra: Vec<&String> = have.difference(en).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{}.ftl has messages English lacks: {extra:?}", lang.code());
    }
}

/// The variables (`$name`) a pattern reads, selectors included.
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        if let InlineExpression::VariableReference { id } = e {
            out.insert(id.name.to_string());
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(e) => inline(e, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
            }
        }
    }
}

fn variables_by_message(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                Some((m.id.name.to_string(), vars))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_translation_reads_the_same_arguments_as_the_english() {
    let [(_, en), rest @ ..] = CATALOGUES;
    let en = variables_by_message(en);
    for (lang, source) in rest {
        for (id, vars) in variables_by_message(source) {
            if let Some(want) = en.get(&id) {
                // a translation may leave out a number its plural form already says ("1 día")
                let unknown: Vec<&String> = vars.difference(want).collect();
                assert!(unknown.is_empty(), "{}.ftl: {id} reads {unknown:?}, which the code never gives", lang.code());
            }
        }
    }
}

/// Every string literal a call to `t!`, `tr`, `tr_args` or `label` passes as its message id (or
/// prefix), across the code.
fn used_in_code() -> (BTreeSet<String>, BTreeSet<String>, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let call =
        regex::Regex::new(r#"(?:^|[^.\w])(t!|tr|tr_args|label|label_key)\(\s*[^"]*?"([a-z][a-z0-9-]*)""#).unwrap();
    let comment = regex::Regex::new(r"(?m)^\s*//.*$").unwrap();
    let mut keys = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    let mut all = String::new();
    let mut stack = vec![root.join("app"), root.join("server/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if path.is_dir() {
                if !matches!(name, "target" | "locales" | "node_modules") {
                    stack.push(path);
                }
            } else if name.ends_with(".rs") && !path.ends_with("i18n/src/tests.rs") {
                // comments (the examples in doc comments) ask for nothing
                let text = comment.replace_all(&std::fs::read_to_string(&path).unwrap(), "").into_owned();
                all.push_str(&text);
                for c in call.captures_iter(&text) {
                    let (f, key) = (&c[1], c[2].to_string());
                    if f.starts_with("label") {
                        prefixes.insert(key)
                    } else {
                        keys.insert(key)
                    };
                }
            }
        }
    }
    (keys, prefixes, all)
}

/// An English message as a regular expression: its text as written, each argument as `var`.
fn pattern(parts: &[Part], var: &str) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Text(t) => regex::escape(t),
            Part::Var(_) => var.to_string(),
        })
        .collect()
}

#[test]
fn the_code_asks_for_no_message_the_catalogue_lacks_and_the_catalogue_holds_none_it_never_asks_for() {
    let (keys, prefixes, code) = used_in_code();
    // a message quoting a value writes its quotes escaped in the code
    let code = code.replace("\\\"", "\"");
    let en = ids(Lang::En, CATALOGUES[0].1);
    // a server message (`msg-*`) is used while the code still writes its English text
    let written: BTreeSet<String> = english_messages()
        .into_iter()
        .filter(|(_, parts)| {
            let re = pattern(parts, r#"[^"]*?"#);
            regex::Regex::new(&re).unwrap().is_match(&code)
        })
        .map(|(id, _)| id)
        .collect();
    let keys: BTreeSet<String> = keys.union(&written).cloned().collect();
    let missing: Vec<&String> = keys.iter().filter(|k| !en.contains(*k)).collect();
    assert!(missing.is_empty(), "the code asks for messages no catalogue has: {missing:?}");
    let unused: Vec<&String> =
        en.iter().filter(|k| !keys.contains(*k) && !prefixes.iter().any(|p| k.starts_with(&format!("{p}-")))).collect();
    assert!(unused.is_empty(), "the catalogues hold messages the code no longer asks for: {unused:?}");
}

/// The messages whose text is chosen by the number `$count` (a select on it).
fn selects_on_count(source: &str) -> BTreeSet<String> {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => m.value.as_ref().and_then(|p| {
                p.elements
                    .iter()
                    .any(|el| {
                        matches!(el, PatternElement::Placeable { expression: Expression::Select {
                            selector: InlineExpression::VariableReference { id }, ..
                        } } if id.name == "count")
                    })
                    .then(|| m.id.name.to_string())
            }),
            _ => None,
        })
        .collect()
}

#[test]
fn every_count_message_has_its_singular_and_plural_forms_in_each_language() {
    let counted: BTreeSet<String> = variables_by_message(CATALOGUES[0].1)
        .into_iter()
        .filter(|(_, v)| v.contains("count"))
        .map(|(id, _)| id)
        .collect();
    assert!(counted.len() >= 3);
    for (lang, source) in CATALOGUES {
        let chosen = selects_on_count(source);
        let without: Vec<&String> = counted.difference(&chosen).collect();
        assert!(without.is_empty(), "{}.ftl: these counts have no singular and plural forms: {without:?}", lang.code());
    }
}

#[test]
fn plural_forms_follow_each_language() {
    assert_eq!(t!(Lang::En, "count-days", count = 1), "1 day");
    assert_eq!(t!(Lang::En, "count-days", count = 2), "2 days");
    assert_eq!(t!(Lang::Es, "count-days", count = 1), "1 día");
    assert_eq!(t!(Lang::Es, "count-days", count = 2), "2 días");
    assert_eq!(t!(Lang::Fr, "count-days", count = 1), "1 jour");
    assert_eq!(t!(Lang::Fr, "count-days", count = 2), "2 jours");
    // French counts 0 in the singular, Spanish and English do not
    assert_eq!(t!(Lang::Fr, "count-days", count = 0), "0 jour");
    assert_eq!(t!(Lang::Es, "count-days", count = 0), "0 días");
}

#[test]
fn numbers_as_each_language_writes_them() {
    assert_eq!(number(Lang::En, 1234.5, 1), "1234.5");
    assert_eq!(number(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
    assert_eq!(number(Lang::Es, 1234.5, 1), "1234,5");
    assert_eq!(number(Lang::Es, 12345.5, 2), "12.345,5");
    assert_eq!(number(Lang::Fr, 1234567.0, 2), "1\u{202f}234\u{202f}567");
    assert_eq!(number(Lang::Fr, -0.25, 2), "-0,25");
    assert_eq!(number(Lang::Es, 2.0, 1), "2");
    assert_eq!(number(Lang::Fr, -0.0001, 2), "0");
    assert_eq!(fixed(Lang::En, 0.0, 2), "0.00");
    assert_eq!(fixed(Lang::Fr, 1.5, 2), "1,50");
}

#[test]
fn dates_and_times_as_each_language_writes_them() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    assert_eq!(date(Lang::En, day), "2026-12-02");
    assert_eq!(date(Lang::Fr, day), "2 déc. 2026");
    assert_eq!(date(Lang::Es, day), "2 dic 2026");
    let at = chrono::FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, 12, 2, 14, 30, 0).unwrap();
    assert_eq!(date_time(Lang::Fr, &at), "2 déc. 2026, 14:30 +01:00");
    assert_eq!(date_time(Lang::En, &at), "2026-12-02 14:30 +01:00");
}

#[test]
fn the_language_is_the_persons_choice_then_the_sites_then_the_browsers() {
    assert_eq!(Lang::choose(Some("es"), Some("fr"), Some("en-US")), Lang::Es);
    assert_eq!(Lang::choose(None, Some("fr"), Some("es-MX,es;q=0.9")), Lang::Fr);
    assert_eq!(Lang::choose(None, None, Some("de-DE, fr-CH;q=0.9, en;q=0.8")), Lang::Fr);
    assert_eq!(Lang::choose(Some(""), Some("xx"), Some("de, it")), Lang::En);
    assert_eq!(Lang::choose(None, None, None), Lang::En);
    assert_eq!(Lang::from_accept_language("en-XA"), Some(Lang::Pseudo));
    assert_eq!(Lang::parse("FR-ca"), Some(Lang::Fr));
}

#[test]
fn the_pseudo_locale_is_accented_and_longer_and_keeps_its_arguments() {
    let plain = t!(Lang::En, "nav-my-work");
    let pseudo = t!(Lang::Pseudo, "nav-my-work");
    assert!(pseudo.chars().count() as f64 >= plain.chars().count() as f64 * 1.4, "{pseudo}");
    assert!(pseudo.contains('ý') || pseudo.contains('Ø') || pseudo.contains('ö'), "{pseudo}");
    assert!(t!(Lang::Pseudo, "count-days", count = 12).contains("12"));
}

#[test]
fn a_message_missing_everywhere_is_its_id() {
    assert_eq!(tr(Lang::Fr, "no-such-message"), "no-such-message");
    assert_eq!(label(Lang::Es, "wo-status", "in_progress"), t!(Lang::Es, "wo-status-in-progress"));
}

#[test]
fn a_server_message_in_english_is_written_in_the_readers_language() {
    assert_eq!(translate_english(Lang::Es, "This field is required."), t!(Lang::Es, "msg-required"));
    let fr = translate_english(Lang::Fr, "Use at most 200 characters.");
    assert_eq!(fr, t!(Lang::Fr, "msg-at-most-chars", max_chars = 200));
    assert!(fr.contains("200"), "{fr}");
    assert_eq!(translate_english(Lang::Fr, "Something nobody wrote."), "Something nobody wrote.");
    assert_eq!(translate_english(Lang::En, "This field is required."), "This field is required.");
    // a site's PM window and a certificate's dates, refused in Spanish and French
    assert_eq!(
        translate_english(Lang::Es, "Enter a whole number of days from 0 to 30."),
        "Introduzca un número entero de días de 0 a 30."
    );
    assert_eq!(
        translate_english(Lang::Fr, "Record an audit once it has been held."),
        "Enregistrez un audit une fois qu'il a eu lieu."
    );
    // a shift's production refused at its fields, and a change made offline on a reassigned work order
    let es = translate_english(Lang::Es, "More rejects than the 1500 units made.");
    assert_eq!(es, t!(Lang::Es, "msg-prod-rejects", total = 1500));
    assert!(es.starts_with("Más rechazos") && es.contains("1500"), "{es}");
    let fr = translate_english(
        Lang::Fr,
        "PRESS-01 has no ideal cycle time for this shift: set it on the asset's page first.",
    );
    assert!(fr.starts_with("PRESS-01 n’a pas de temps de cycle idéal"), "{fr}");
    let fr = translate_english(
        Lang::Fr,
        "Work order #12 was reassigned to Test admin, Morgan Manager meanwhile: nothing was recorded on it.",
    );
    assert!(fr.contains("n° 12") && fr.contains("Test admin, Morgan Manager"), "{fr}");
    // a state the message names is written in the reader's words too
    let es = translate_english(Lang::Es, "A work order cannot go from Open to On hold.");
    assert!(
        es.starts_with("Una orden de trabajo no puede pasar de") && es.contains("Abierta") && es.contains("En espera"),
        "{es}"
    );
    let fr = translate_english(Lang::Fr, "Evidence that is in_review cannot be approved.");
    assert!(fr.starts_with("Une preuve à l'état") && fr.contains("en revue") && fr.contains("approuvée"), "{fr}");
    assert!(!fr.contains("in_review"), "{fr}");
    // an empty part (no reason given) still matches
    let es = translate_english(Lang::Es, "Work order #7 was cancelled meanwhile: nothing more can be recorded on it.");
    assert!(es.starts_with("La orden de trabajo #") && es.contains("cancelada") && es.contains('7'), "{es}");
}

/// Messages the server writes in English and no catalogue translates, each with its reason.
const LEFT_IN_ENGLISH: &[(&str, &str)] = &[
    ("Filed when {} #{record_id} was signed off.", "data: the note stored on evidence filed by a sign-off"),
    ("The service worker is not built (make site).", "for the developer who runs the server"),
    (
        "Work orders, rounds, inspections and safety reports, also without a connection.",
        "the web app manifest (one file for every reader)",
    ),
];

/// The field errors and refusals the server writes (a capitalised sentence of three words or
/// more in a string literal of the backend, the domain, the contract or the server functions)
/// are in the catalogue, so that every reader gets them in their language.
#[test]
fn every_message_the_server_writes_has_its_translation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let literal = regex::Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let comment = regex::Regex::new(r"(?m)^\s*//.*$").unwrap();
    let placeholder = regex::Regex::new(r"\{[^}]*\}").unwrap();
    let known: Vec<regex::Regex> = english_messages()
        .into_iter()
        .map(|(_, parts)| regex::Regex::new(&format!("^{}$", pattern(&parts, ".+?"))).unwrap())
        .collect();
    let mut untranslated = BTreeSet::new();
    let mut stack: Vec<_> =
        ["app/backend/src", "app/domain/src", "app/contract/src", "app/src/api"].iter().map(|d| root.join(d)).collect();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            // OSHA's Spanish form wording is legal text, not a message
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("osha/forms.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let text = text.split("#[cfg(test)]").next().unwrap_or_default();
            let text = comment.replace_all(text, "");
            for c in literal.captures_iter(&text) {
                let l = &c[1];
                let sentence = l.chars().next().is_some_and(char::is_uppercase)
                    && l.chars().any(char::is_lowercase)
                    && l.split_whitespace().count() >= 3
                    && (l.ends_with('.') || l.ends_with('?'));
                if !sentence || LEFT_IN_ENGLISH.iter().any(|(m, _)| *m == l) {
                    continue;
                }
                let probe = placeholder.replace_all(&l.replace("\\\"", "\""), "X").into_owned();
                if !known.iter().any(|k| k.is_match(&probe)) {
                    untranslated.insert(format!("{}: {l}", path.display()));
                }
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "messages without a msg-* entry in the catalogue:\n{}",
        untranslated.into_iter().collect::<Vec<_>>().join("\n")
    );
}
