//! The reminder digest: one e-mail per recipient per run, grouped by site and urgency, with a
//! direct link for every item; a plain-text and an HTML rendering of the same content.
use chrono::NaiveDate;
use html_escape::encode_quoted_attribute;
use serde::{Deserialize, Serialize};

use i18n::{Lang, t};

use super::reminder::{ItemType, Kind, Urgency};

/// One reminder in a digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestItem {
    pub site: String,
    pub item_type: ItemType,
    pub kind: Kind,
    /// The item's due or expiry date.
    pub due: NaiveDate,
    pub title: String,
    /// Absolute address of the item.
    pub url: String,
}

/// Where the digest's footer links go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestLinks {
    pub inbox: String,
    pub preferences: String,
    /// One-click unsubscribe from optional reminders; None when the digest carries only
    /// required escalations (nothing in it can be unsubscribed from).
    pub unsubscribe: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// One site's items by urgency.
pub type SiteGroup<'a> = (String, Vec<(Urgency, Vec<&'a DigestItem>)>);

/// The most a digest lists; the rest are counted, with a link to the inbox (a plant that lets
/// thousands of items go overdue gets a readable e-mail, not a megabyte).
pub const MAX_LISTED: usize = 100;

/// Items grouped for display: sites by name, then urgency (most urgent first), then by date.
pub fn grouped<'a>(items: impl IntoIterator<Item = &'a DigestItem>) -> Vec<SiteGroup<'a>> {
    let mut sorted: Vec<&DigestItem> = items.into_iter().collect();
    sorted.sort_by(|a, b| {
        (a.site.as_str(), a.kind.urgency(), a.due, a.title.as_str()).cmp(&(
            b.site.as_str(),
            b.kind.urgency(),
            b.due,
            b.title.as_str(),
        ))
    });
    let mut out: Vec<SiteGroup<'_>> = Vec::new();
    for item in sorted {
        let urgency = item.kind.urgency();
        match out.last_mut() {
            Some((site, groups)) if *site == item.site => match groups.last_mut() {
                Some((u, items)) if *u == urgency => items.push(item),
                _ => groups.push((urgency, vec![item])),
            },
            _ => out.push((item.site.clone(), vec![(urgency, vec![item])])),
        }
    }
    out
}

/// "Gemba: 1 escalated, 2 overdue, 1 due today, 3 coming up", in `lang`.
pub fn subject(lang: Lang, counts: &Counts) -> String {
    let count = |f: &dyn Fn(Urgency) -> bool| counts.count(f);
    let parts: Vec<String> = [
        (
            count(&|u| u == Urgency::Escalated),
            t!(lang, "digest-n-escalated", count = count(&|u| u == Urgency::Escalated)),
        ),
        (count(&|u| u == Urgency::Overdue), t!(lang, "digest-n-overdue", count = count(&|u| u == Urgency::Overdue))),
        (
            count(&|u| u == Urgency::DueToday),
            t!(lang, "digest-n-due-today", count = count(&|u| u == Urgency::DueToday)),
        ),
        (
            count(&|u| u >= Urgency::ThisWeek),
            t!(lang, "digest-n-coming-up", count = count(&|u| u >= Urgency::ThisWeek)),
        ),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(_, what)| what)
    .collect();
    if parts.is_empty() {
        t!(lang, "digest-subject-none")
    } else {
        t!(lang, "digest-subject", parts = parts.join(", "))
    }
}

/// "Fix belt (2 days overdue, due 2026-11-29)".
fn line(lang: Lang, i: &DigestItem) -> String {
    t!(lang, "digest-line", title = i.title.clone(), says = i.kind.describe_in(lang, i.item_type), when = when(lang, i))
}

/// "due 2026-11-29" or "expiry 2 déc. 2026".
fn when(lang: Lang, i: &DigestItem) -> String {
    let date = i18n::date(lang, i.due);
    if i.item_type.is_expiry() { t!(lang, "digest-expiry", date = date) } else { t!(lang, "digest-due", date = date) }
}

/// How many reminders of each urgency a digest holds: its subject counts them all, its body
/// lists at most [`MAX_LISTED`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    by_urgency: [usize; 5],
}

impl Counts {
    pub fn of(kinds: impl IntoIterator<Item = Kind>) -> Counts {
        let mut c = Counts::default();
        for k in kinds {
            c.by_urgency[k.urgency() as usize] += 1;
        }
        c
    }

    pub fn total(&self) -> usize {
        self.by_urgency.iter().sum()
    }

    fn count(&self, f: &dyn Fn(Urgency) -> bool) -> usize {
        [Urgency::Escalated, Urgency::Overdue, Urgency::DueToday, Urgency::ThisWeek, Urgency::Later]
            .into_iter()
            .filter(|u| f(*u))
            .map(|u| self.by_urgency[u as usize])
            .sum()
    }
}

/// The order a digest lists in: the most urgent first, whatever their site, then by date (the
/// first [`MAX_LISTED`] in this order are listed).
pub fn listing_order(kind: Kind, due: NaiveDate) -> (Urgency, NaiveDate) {
    (kind.urgency(), due)
}

/// The digest for one person, in their language `lang` (the items' titles as their authors
/// wrote them).
pub fn compose(lang: Lang, recipient_name: &str, items: &[DigestItem], links: &DigestLinks) -> Digest {
    let mut listed: Vec<&DigestItem> = items.iter().collect();
    listed.sort_by_key(|i| listing_order(i.kind, i.due));
    listed.truncate(MAX_LISTED);
    compose_listed(lang, recipient_name, &listed, &Counts::of(items.iter().map(|i| i.kind)), links)
}

/// The digest for one person from the items it lists (the first [`MAX_LISTED`] in
/// [`listing_order`], chosen by the caller) and the counts of all it holds.
pub fn compose_listed(
    lang: Lang,
    recipient_name: &str,
    listed: &[&DigestItem],
    counts: &Counts,
    links: &DigestLinks,
) -> Digest {
    let more = counts.total().saturating_sub(listed.len());
    let groups = grouped(listed.iter().copied());
    let hello = t!(lang, "digest-hello", name = recipient_name.to_string());
    let intro = t!(lang, "digest-intro");
    let mut text = format!("{hello}\n\n{intro}\n");
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><body style=\"font-family:sans-serif;line-height:1.4\">\
         <p>{}</p><p>{}</p>",
        lang.code(),
        encode_quoted_attribute(&hello),
        encode_quoted_attribute(&intro)
    );
    for (site, by_urgency) in &groups {
        text.push_str(&format!("\n{site}\n{}\n", "=".repeat(site.chars().count().max(1))));
        html.push_str(&format!("<h2>{}</h2>", encode_quoted_attribute(site)));
        for (urgency, list) in by_urgency {
            let heading = urgency.heading(lang);
            text.push_str(&format!("\n{heading}:\n"));
            html.push_str(&format!("<h3>{}</h3><ul>", encode_quoted_attribute(&heading)));
            for i in list {
                text.push_str(&format!("- {}\n  {}\n", line(lang, i), i.url));
                html.push_str(&format!(
                    "<li><a href=\"{}\">{}</a> ({}, {})</li>",
                    encode_quoted_attribute(&i.url),
                    encode_quoted_attribute(&i.title),
                    encode_quoted_attribute(&i.kind.describe_in(lang, i.item_type)),
                    encode_quoted_attribute(&when(lang, i)),
                ));
            }
            html.push_str("</ul>");
        }
    }
    if more > 0 {
        let and_more = t!(lang, "digest-and-more", count = more);
        text.push_str(&format!("\n{and_more}: {}\n", links.inbox));
        html.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>",
            encode_quoted_attribute(&links.inbox),
            encode_quoted_attribute(&and_more)
        ));
    }
    let (all, choose) = (t!(lang, "digest-all-reminders"), t!(lang, "digest-choose"));
    text.push_str(&format!("\n{all}: {}\n{choose}: {}\n", links.inbox, links.preferences));
    html.push_str(&format!(
        "<p><a href=\"{}\">{}</a> · <a href=\"{}\">{}</a></p>",
        encode_quoted_attribute(&links.inbox),
        encode_quoted_attribute(&all),
        encode_quoted_attribute(&links.preferences),
        encode_quoted_attribute(&choose)
    ));
    if let Some(u) = &links.unsubscribe {
        let (stop, always) = (t!(lang, "digest-stop"), t!(lang, "digest-escalations-always"));
        text.push_str(&format!("{stop}: {u}\n({always})\n"));
        html.push_str(&format!(
            "<p style=\"font-size:smaller;color:#555\"><a href=\"{}\">{}</a>. {}</p>",
            encode_quoted_attribute(u),
            encode_quoted_attribute(&stop),
            encode_quoted_attribute(&always)
        ));
    }
    html.push_str("</body></html>");
    Digest { subject: subject(lang, counts), text, html }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn item(site: &str, kind: Kind, due: &str, title: &str) -> DigestItem {
        DigestItem {
            site: site.into(),
            item_type: ItemType::WorkOrder,
            kind,
            due: d(due),
            title: title.into(),
            url: format!("https://gemba.example/work-orders/{}", title.len()),
        }
    }

    #[test]
    fn groups_by_site_then_urgency_then_date() {
        let items = vec![
            item("Riverside", Kind::Upcoming(7), "2026-12-08", "Lube conveyor"),
            item("Lyon", Kind::DueToday, "2026-12-01", "Check press"),
            item("Riverside", Kind::Overdue(2), "2026-11-29", "Fix belt"),
            item("Riverside", Kind::Escalation(9), "2026-11-22", "Guard repair"),
            item("Riverside", Kind::Overdue(5), "2026-11-26", "Oil leak"),
        ];
        let g = grouped(&items);
        assert_eq!(g.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), vec!["Lyon", "Riverside"]);
        let rvs = &g[1].1;
        assert_eq!(
            rvs.iter().map(|(u, _)| *u).collect::<Vec<_>>(),
            vec![Urgency::Escalated, Urgency::Overdue, Urgency::ThisWeek]
        );
        assert_eq!(rvs[1].1.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(), vec!["Oil leak", "Fix belt"]);
        assert_eq!(
            subject(Lang::En, &Counts::of(items.iter().map(|i| i.kind))),
            "Gemba: 1 escalated, 2 overdue, 1 due today, 1 coming up"
        );
    }

    #[test]
    fn both_renderings_carry_every_item_and_link_and_html_is_escaped() {
        let items = vec![item("Riverside", Kind::Overdue(2), "2026-11-29", "Fix <belt> & \"guard\"")];
        let links = DigestLinks {
            inbox: "https://gemba.example/inbox".into(),
            preferences: "https://gemba.example/profile#reminders".into(),
            unsubscribe: Some("https://gemba.example/unsubscribe/abc".into()),
        };
        let dg = compose(Lang::En, "Tomás", &items, &links);
        assert!(dg.text.contains("Hello Tomás,"));
        assert!(dg.text.contains("Overdue:\n- Fix <belt> & \"guard\" (2 days overdue, due 2026-11-29)"));
        assert!(dg.text.contains(&items[0].url));
        assert!(dg.text.contains("https://gemba.example/unsubscribe/abc"));
        assert!(dg.html.contains("Fix &lt;belt&gt; &amp; &quot;guard&quot;"));
        assert!(!dg.html.contains("<belt>"));
        assert!(dg.html.contains(&format!("href=\"{}\"", items[0].url)));
        let required_only = DigestLinks { unsubscribe: None, ..links };
        assert!(!compose(Lang::En, "M", &items, &required_only).text.contains("Stop optional"));
    }

    #[test]
    fn a_long_digest_lists_the_most_urgent_and_counts_the_rest() {
        let mut items: Vec<DigestItem> =
            (0..130).map(|n| item("Riverside", Kind::Upcoming(14), "2026-12-15", &format!("Later {n}"))).collect();
        items.extend((0..20).map(|n| item("Lyon", Kind::Overdue(3), "2026-11-28", &format!("Late {n}"))));
        let links = DigestLinks { inbox: "https://g.example/inbox".into(), preferences: "p".into(), unsubscribe: None };
        let dg = compose(Lang::En, "Morgan", &items, &links);
        assert_eq!(dg.text.matches("\n- ").count(), MAX_LISTED);
        assert_eq!(dg.text.matches("Late ").count(), 20, "every overdue item is listed");
        assert!(dg.text.contains("... and 50 more: https://g.example/inbox"), "{}", dg.text);
        assert_eq!(dg.subject, "Gemba: 20 overdue, 130 coming up");
    }

    #[test]
    fn a_digest_in_spanish_and_in_french() {
        let items = vec![
            item("Riverside", Kind::Overdue(2), "2026-11-29", "Cambiar la correa"),
            item("Riverside", Kind::Upcoming(1), "2026-12-02", "Lubricar"),
        ];
        let links = DigestLinks { inbox: "https://g.example/inbox".into(), preferences: "p".into(), unsubscribe: None };
        let es = compose(Lang::Es, "Tomás", &items, &links);
        assert_eq!(es.subject, "Gemba: 1 vencida, 1 próxima");
        assert!(es.text.contains("Hola, Tomás:"), "{}", es.text);
        assert!(es.text.contains("- Cambiar la correa (vencida hace 2 días, vence el 29 nov 2026)"), "{}", es.text);
        assert!(es.text.contains("(vence en 1 día, vence el 2 dic 2026)"), "{}", es.text);
        assert!(es.html.contains("<html lang=\"es\">") && es.html.contains("Vencidas"), "{}", es.html);
        let fr = compose(Lang::Fr, "Camille", &items, &links);
        assert_eq!(fr.subject, "Gemba\u{a0}: 1 en retard, 1 à venir");
        assert!(fr.text.contains("en retard de 2 jours"), "{}", fr.text);
        assert!(fr.text.contains("dans 1 jour"), "{}", fr.text);
    }
}
