//! The reminder digest: one e-mail per recipient per run, grouped by site and urgency, with a
//! direct link for every item; a plain-text and an HTML rendering of the same content.
use chrono::NaiveDate;
use html_escape::encode_quoted_attribute;
use serde::{Deserialize, Serialize};

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

/// "Gemba: 1 escalated, 2 overdue, 1 due today, 3 coming up".
pub fn subject(items: &[DigestItem]) -> String {
    let count = |f: &dyn Fn(Urgency) -> bool| items.iter().filter(|i| f(i.kind.urgency())).count();
    let parts: Vec<String> = [
        (count(&|u| u == Urgency::Escalated), "escalated"),
        (count(&|u| u == Urgency::Overdue), "overdue"),
        (count(&|u| u == Urgency::DueToday), "due today"),
        (count(&|u| u >= Urgency::ThisWeek), "coming up"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    format!("Gemba: {}", if parts.is_empty() { "reminders".to_string() } else { parts.join(", ") })
}

fn line(i: &DigestItem) -> String {
    let date_word = if i.item_type.is_expiry() { "expiry" } else { "due" };
    format!("{} ({}, {date_word} {})", i.title, i.kind.describe(i.item_type), i.due)
}

pub fn compose(recipient_name: &str, items: &[DigestItem], links: &DigestLinks) -> Digest {
    // the most urgent first, whatever their site
    let mut by_urgency: Vec<&DigestItem> = items.iter().collect();
    by_urgency.sort_by_key(|i| (i.kind.urgency(), i.due));
    by_urgency.truncate(MAX_LISTED);
    let more = items.len() - by_urgency.len();
    let groups = grouped(by_urgency);
    let mut text = format!("Hello {recipient_name},\n\nThis is what needs your attention in Gemba.\n");
    let mut html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.4\">\
         <p>Hello {},</p><p>This is what needs your attention in Gemba.</p>",
        encode_quoted_attribute(recipient_name)
    );
    for (site, by_urgency) in &groups {
        text.push_str(&format!("\n{site}\n{}\n", "=".repeat(site.chars().count().max(1))));
        html.push_str(&format!("<h2>{}</h2>", encode_quoted_attribute(site)));
        for (urgency, list) in by_urgency {
            text.push_str(&format!("\n{}:\n", urgency.label()));
            html.push_str(&format!("<h3>{}</h3><ul>", urgency.label()));
            for i in list {
                text.push_str(&format!("- {}\n  {}\n", line(i), i.url));
                html.push_str(&format!(
                    "<li><a href=\"{}\">{}</a> ({}, {} {})</li>",
                    encode_quoted_attribute(&i.url),
                    encode_quoted_attribute(&i.title),
                    encode_quoted_attribute(&i.kind.describe(i.item_type)),
                    if i.item_type.is_expiry() { "expiry" } else { "due" },
                    i.due
                ));
            }
            html.push_str("</ul>");
        }
    }
    if more > 0 {
        text.push_str(&format!("\n... and {more} more: {}\n", links.inbox));
        html.push_str(&format!("<p><a href=\"{}\">... and {more} more</a></p>", encode_quoted_attribute(&links.inbox)));
    }
    text.push_str(&format!(
        "\nAll your reminders: {}\nChoose what you get by e-mail: {}\n",
        links.inbox, links.preferences
    ));
    html.push_str(&format!(
        "<p><a href=\"{}\">All your reminders</a> · <a href=\"{}\">Choose what you get by e-mail</a></p>",
        encode_quoted_attribute(&links.inbox),
        encode_quoted_attribute(&links.preferences)
    ));
    if let Some(u) = &links.unsubscribe {
        text.push_str(&format!(
            "Stop optional reminder e-mails: {u}\n(Escalations to you as a manager are always sent.)\n"
        ));
        html.push_str(&format!(
            "<p style=\"font-size:smaller;color:#555\"><a href=\"{}\">Stop optional reminder e-mails</a>. \
             Escalations to you as a manager are always sent.</p>",
            encode_quoted_attribute(u)
        ));
    }
    html.push_str("</body></html>");
    Digest { subject: subject(items), text, html }
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
        assert_eq!(subject(&items), "Gemba: 1 escalated, 2 overdue, 1 due today, 1 coming up");
    }

    #[test]
    fn both_renderings_carry_every_item_and_link_and_html_is_escaped() {
        let items = vec![item("Riverside", Kind::Overdue(2), "2026-11-29", "Fix <belt> & \"guard\"")];
        let links = DigestLinks {
            inbox: "https://gemba.example/inbox".into(),
            preferences: "https://gemba.example/profile#reminders".into(),
            unsubscribe: Some("https://gemba.example/unsubscribe/abc".into()),
        };
        let dg = compose("Tomás", &items, &links);
        assert!(dg.text.contains("Hello Tomás,"));
        assert!(dg.text.contains("Overdue:\n- Fix <belt> & \"guard\" (2 days overdue, due 2026-11-29)"));
        assert!(dg.text.contains(&items[0].url));
        assert!(dg.text.contains("https://gemba.example/unsubscribe/abc"));
        assert!(dg.html.contains("Fix &lt;belt&gt; &amp; &quot;guard&quot;"));
        assert!(!dg.html.contains("<belt>"));
        assert!(dg.html.contains(&format!("href=\"{}\"", items[0].url)));
        let required_only = DigestLinks { unsubscribe: None, ..links };
        assert!(!compose("M", &items, &required_only).text.contains("Stop optional"));
    }

    #[test]
    fn a_long_digest_lists_the_most_urgent_and_counts_the_rest() {
        let mut items: Vec<DigestItem> =
            (0..130).map(|n| item("Riverside", Kind::Upcoming(14), "2026-12-15", &format!("Later {n}"))).collect();
        items.extend((0..20).map(|n| item("Lyon", Kind::Overdue(3), "2026-11-28", &format!("Late {n}"))));
        let links = DigestLinks { inbox: "https://g.example/inbox".into(), preferences: "p".into(), unsubscribe: None };
        let dg = compose("Morgan", &items, &links);
        assert_eq!(dg.text.matches("\n- ").count(), MAX_LISTED);
        assert_eq!(dg.text.matches("Late ").count(), 20, "every overdue item is listed");
        assert!(dg.text.contains("... and 50 more: https://g.example/inbox"), "{}", dg.text);
        assert_eq!(dg.subject, "Gemba: 20 overdue, 130 coming up");
    }
}
