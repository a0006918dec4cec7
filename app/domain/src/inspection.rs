//! Audits and inspections: checklist templates (sections, typed items with weight, critical flag,
//! guidance and clause references) in immutable published versions, answers, the weighted score,
//! and finding grades.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::code::codes;

/// What an item asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ItemKind {
    YesNoNa,
    PassFail,
    /// 1 (worst) to 5 (best); 1 or 2 counts as failed.
    Rating,
    /// A measured value within inclusive limits (either may be open).
    Number {
        min: Option<f64>,
        max: Option<f64>,
        unit: String,
    },
    Text,
    Photo,
}

impl ItemKind {
    pub fn code(&self) -> &'static str {
        match self {
            ItemKind::YesNoNa => "yes_no_na",
            ItemKind::PassFail => "pass_fail",
            ItemKind::Rating => "rating",
            ItemKind::Number { .. } => "number",
            ItemKind::Text => "text",
            ItemKind::Photo => "photo",
        }
    }

    /// Counts towards the score (text and photo items do not).
    pub fn scored(&self) -> bool {
        !matches!(self, ItemKind::Text | ItemKind::Photo)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub section: String,
    pub text: String,
    pub kind: ItemKind,
    /// 1..=10
    pub weight: u32,
    pub critical: bool,
    pub guidance: String,
    /// Framework clauses, e.g. "ISO 45001 9.2" or "29 CFR 1910.157(e)(2)".
    pub clauses: Vec<String>,
    /// The item in other languages, by language code (`es`, `fr`): what a translation gives is shown
    /// to readers of that language instead of the author's text; what it leaves empty is not.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, ItemText>,
}

/// An item's words in one language (empty: the author's).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemText {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub section: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub guidance: String,
}

/// One of an item's texts for a reader of `lang`: the translation when the template carries one,
/// else the author's.
pub fn in_language<'a, T>(
    own: &'a str,
    translations: &'a BTreeMap<String, T>,
    lang: &str,
    field: impl Fn(&'a T) -> &'a str,
) -> &'a str {
    translations.get(lang).map(field).filter(|t| !t.is_empty()).unwrap_or(own)
}

/// `text.es`, `guidance.fr`: a translated field and its language (two lowercase letters).
fn translated_field(key: &str) -> Option<(&str, &str)> {
    let (field, lang) = key.split_once('.')?;
    (matches!(field, "text" | "guidance") && is_language(lang)).then_some((field, lang))
}

fn is_language(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// `# Title | es=Título | fr=Titre`: a section's title and its translations (a line whose parts
/// are not all `xx=...` is one title, pipes included).
fn parse_section(line: &str) -> (String, Vec<(String, String)>) {
    let mut parts = line.split('|').map(str::trim);
    let title = parts.next().unwrap_or_default().to_string();
    let mut tr = Vec::new();
    for p in parts {
        match p.split_once('=') {
            Some((l, t)) if is_language(l.trim()) && !t.trim().is_empty() => {
                tr.push((l.trim().to_string(), t.trim().to_string()))
            }
            _ => return (line.trim().to_string(), Vec::new()),
        }
    }
    (title, tr)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "value", content = "v", rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Na,
    Pass,
    Fail,
    Rating(u8),
    Number(f64),
    Text(String),
    /// The stored photo's id.
    Photo(i64),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("This answer does not fit the item.")]
    WrongKind,
    #[error("Give a rating from 1 to 5.")]
    RatingRange,
    #[error("Write something.")]
    Empty,
}

/// Checks that an answer fits its item.
pub fn check(kind: &ItemKind, a: &Answer) -> Result<(), AnswerError> {
    match (kind, a) {
        (ItemKind::YesNoNa, Answer::Yes | Answer::No | Answer::Na) => Ok(()),
        (ItemKind::PassFail, Answer::Pass | Answer::Fail | Answer::Na) => Ok(()),
        (ItemKind::Rating, Answer::Rating(r)) if (1..=5).contains(r) => Ok(()),
        (ItemKind::Rating, Answer::Rating(_)) => Err(AnswerError::RatingRange),
        (ItemKind::Rating | ItemKind::Number { .. }, Answer::Na) => Ok(()),
        (ItemKind::Number { .. }, Answer::Number(v)) if v.is_finite() => Ok(()),
        (ItemKind::Text, Answer::Text(t)) if t.trim().is_empty() => Err(AnswerError::Empty),
        (ItemKind::Text, Answer::Text(_)) => Ok(()),
        (ItemKind::Photo, Answer::Photo(_)) => Ok(()),
        _ => Err(AnswerError::WrongKind),
    }
}

/// Reads what a form sends for an item: yes/no/na, pass/fail/na, 1-5, a number (with , or .),
/// text, or `photo:<id>`; then checks it fits.
pub fn parse_answer(kind: &ItemKind, raw: &str) -> Result<Answer, AnswerError> {
    let v = raw.trim();
    let a = match (kind, v) {
        (_, "na") => Answer::Na,
        (ItemKind::YesNoNa, "yes") => Answer::Yes,
        (ItemKind::YesNoNa, "no") => Answer::No,
        (ItemKind::PassFail, "pass") => Answer::Pass,
        (ItemKind::PassFail, "fail") => Answer::Fail,
        (ItemKind::Rating, r) => Answer::Rating(r.parse().map_err(|_| AnswerError::RatingRange)?),
        (ItemKind::Number { .. }, n) => {
            Answer::Number(n.replace(',', ".").parse().map_err(|_| AnswerError::WrongKind)?)
        }
        (ItemKind::Text, t) => Answer::Text(t.to_string()),
        (ItemKind::Photo, p) => {
            Answer::Photo(p.strip_prefix("photo:").and_then(|i| i.parse().ok()).ok_or(AnswerError::WrongKind)?)
        }
        _ => return Err(AnswerError::WrongKind),
    };
    check(kind, &a)?;
    Ok(a)
}

/// The answer as the form and the API show it (the inverse of [`parse_answer`]).
pub fn answer_code(a: &Answer) -> String {
    match a {
        Answer::Yes => "yes".into(),
        Answer::No => "no".into(),
        Answer::Na => "na".into(),
        Answer::Pass => "pass".into(),
        Answer::Fail => "fail".into(),
        Answer::Rating(r) => r.to_string(),
        Answer::Number(n) => n.to_string(),
        Answer::Text(t) => t.clone(),
        Answer::Photo(id) => format!("photo:{id}"),
    }
}

/// The points (0..=1) an answer earns, None when it does not count (N.A., text, photo).
pub fn points(kind: &ItemKind, a: &Answer) -> Option<f64> {
    match (kind, a) {
        (_, Answer::Na) => None,
        (ItemKind::YesNoNa, Answer::Yes) | (ItemKind::PassFail, Answer::Pass) => Some(1.0),
        (ItemKind::YesNoNa, Answer::No) | (ItemKind::PassFail, Answer::Fail) => Some(0.0),
        (ItemKind::Rating, Answer::Rating(r)) => Some((f64::from(*r) - 1.0) / 4.0),
        (ItemKind::Number { min, max, .. }, Answer::Number(v)) => Some(if within(*v, *min, *max) { 1.0 } else { 0.0 }),
        _ => None,
    }
}

fn within(v: f64, min: Option<f64>, max: Option<f64>) -> bool {
    min.is_none_or(|m| v >= m) && max.is_none_or(|m| v <= m)
}

/// Failed: "no", "fail", a rating of 1 or 2, or a number out of its limits. A failed item
/// proposes a finding; a failed critical item fails the whole audit.
pub fn failed(kind: &ItemKind, a: &Answer) -> bool {
    match (kind, a) {
        (ItemKind::YesNoNa, Answer::No) | (ItemKind::PassFail, Answer::Fail) => true,
        (ItemKind::Rating, Answer::Rating(r)) => *r <= 2,
        (ItemKind::Number { min, max, .. }, Answer::Number(v)) => !within(*v, *min, *max),
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Weighted percentage over answered, scored, non-N.A. items; None when nothing counts yet.
    pub percent: Option<f64>,
    pub answered: u32,
    pub total: u32,
    pub failed_items: u32,
    pub critical_failed: bool,
    /// The audit passes with at least `pass_mark` % and no failed critical item.
    pub passed: bool,
}

/// Scores a run: `answers[i]` answers `items[i]`.
pub fn score(items: &[Item], answers: &[Option<Answer>], pass_mark: f64) -> Score {
    let (mut earned, mut possible) = (0.0, 0.0);
    let (mut answered, mut failed_items, mut critical_failed) = (0, 0, false);
    for (item, a) in items.iter().zip(answers.iter().chain(std::iter::repeat(&None))) {
        let Some(a) = a else { continue };
        answered += 1;
        if let Some(p) = points(&item.kind, a) {
            earned += p * item.weight as f64;
            possible += item.weight as f64;
        }
        if failed(&item.kind, a) {
            failed_items += 1;
            critical_failed |= item.critical;
        }
    }
    let percent = (possible > 0.0).then(|| earned * 100.0 / possible);
    Score {
        percent,
        answered,
        total: items.len() as u32,
        failed_items,
        critical_failed,
        passed: !critical_failed && percent.is_none_or(|p| p >= pass_mark),
    }
}

#[derive(
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::EnumMessage,
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    #[strum(serialize = "major_nc", message = "Major nonconformity")]
    MajorNonconformity,
    #[strum(serialize = "minor_nc", message = "Minor nonconformity")]
    MinorNonconformity,
    #[strum(serialize = "observation", message = "Observation")]
    Observation,
    #[strum(serialize = "ofi", message = "Opportunity for improvement")]
    OpportunityForImprovement,
    #[strum(serialize = "good_practice", message = "Good practice")]
    GoodPractice,
}

codes!(Grade);

impl Grade {
    /// A nonconformity's CAPA needs a root cause.
    pub fn is_nonconformity(self) -> bool {
        matches!(self, Grade::MajorNonconformity | Grade::MinorNonconformity)
    }

    /// The grade a failed item proposes: critical -> major, else minor.
    pub fn proposed(critical: bool) -> Grade {
        if critical { Grade::MajorNonconformity } else { Grade::MinorNonconformity }
    }
}

/// Version states: a draft can be edited; a published version never changes (editing it makes a
/// new draft); a retired one is kept for the audits that used it.
#[derive(
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::EnumMessage,
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum VersionState {
    #[strum(serialize = "draft", message = "Draft")]
    Draft,
    #[strum(serialize = "published", message = "Published")]
    Published,
    #[strum(serialize = "retired", message = "Retired")]
    Retired,
}

codes!(VersionState);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VersionError {
    #[error("A published version cannot be changed; edit it to make a new draft.")]
    Immutable,
    #[error("A template needs at least one item to be published.")]
    Empty,
}

/// May this version's items be edited in place?
pub fn editable(state: VersionState) -> Result<(), VersionError> {
    match state {
        VersionState::Draft => Ok(()),
        _ => Err(VersionError::Immutable),
    }
}

/// Template text, one item per line, sections as `# Title` lines:
/// `[kind] text | weight=2 | critical | clause=ISO 45001 9.2 | guidance=...`, where kind is
/// yes_no_na, pass_fail, rating, number:MIN..MAX UNIT, text or photo. Translations:
/// `| text.es=... | guidance.es=...` on an item, `# Title | es=... | fr=...` on a section.
pub fn parse_items(text: &str) -> Result<Vec<Item>, String> {
    let mut section = String::new();
    let mut section_tr: Vec<(String, String)> = Vec::new();
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(s) = line.strip_prefix('#') {
            (section, section_tr) = parse_section(s);
            continue;
        }
        let err = |m: &str| format!("Line {}: {m}", n + 1);
        let rest = line.strip_prefix('[').ok_or_else(|| err("start an item with its [kind]."))?;
        let (kind, rest) = rest.split_once(']').ok_or_else(|| err("close the [kind] with ]."))?;
        let mut parts = rest.split('|').map(str::trim);
        let text = parts.next().unwrap_or("").to_string();
        if text.is_empty() {
            return Err(err("the item needs its question."));
        }
        let kind = parse_kind(kind.trim()).ok_or_else(|| {
            err("unknown kind; use yes_no_na, pass_fail, rating, number:MIN..MAX UNIT, text or photo.")
        })?;
        let mut item = Item {
            section: section.clone(),
            text,
            kind,
            weight: 1,
            critical: false,
            guidance: String::new(),
            clauses: vec![],
            translations: BTreeMap::new(),
        };
        for (lang, title) in &section_tr {
            item.translations.entry(lang.clone()).or_default().section = title.clone();
        }
        for p in parts {
            if let Some((field, lang)) = p.split_once('=').and_then(|(k, _)| translated_field(k.trim())) {
                let value = p.split_once('=').map(|(_, v)| v.trim().to_string()).unwrap_or_default();
                let t = item.translations.entry(lang.to_string()).or_default();
                if field == "text" {
                    t.text = value
                } else {
                    t.guidance = value
                }
                continue;
            }
            match p.split_once('=') {
                Some(("weight", w)) => {
                    item.weight = w
                        .trim()
                        .parse()
                        .ok()
                        .filter(|w| (1..=10).contains(w))
                        .ok_or_else(|| err("weight is 1 to 10."))?
                }
                Some(("clause", c)) => item.clauses.push(c.trim().to_string()),
                Some(("guidance", g)) => item.guidance = g.trim().to_string(),
                None if p == "critical" => item.critical = true,
                None if p.is_empty() => {}
                _ => return Err(err(&format!("unknown option \"{p}\"."))),
            }
        }
        out.push(item);
    }
    Ok(out)
}

fn parse_kind(k: &str) -> Option<ItemKind> {
    Some(match k {
        "yes_no_na" => ItemKind::YesNoNa,
        "pass_fail" => ItemKind::PassFail,
        "rating" => ItemKind::Rating,
        "text" => ItemKind::Text,
        "photo" => ItemKind::Photo,
        _ => {
            let spec = k.strip_prefix("number")?.trim_start_matches(':').trim();
            let (range, unit) = spec.split_once(' ').unwrap_or((spec, ""));
            let (lo, hi) = range.split_once("..").unwrap_or(("", ""));
            let num = |s: &str| if s.trim().is_empty() { Ok(None) } else { s.trim().parse::<f64>().map(Some) };
            ItemKind::Number { min: num(lo).ok()?, max: num(hi).ok()?, unit: unit.trim().to_string() }
        }
    })
}

/// The items back as template text (what the editor shows).
pub fn items_text(items: &[Item]) -> String {
    let mut out = String::new();
    let mut section: Option<&str> = None;
    for i in items {
        if section != Some(i.section.as_str()) && !i.section.is_empty() {
            out.push_str(&format!("# {}", i.section));
            for (lang, t) in i.translations.iter().filter(|(_, t)| !t.section.is_empty()) {
                out.push_str(&format!(" | {lang}={}", t.section));
            }
            out.push('\n');
        }
        section = Some(i.section.as_str());
        let kind = match &i.kind {
            ItemKind::Number { min, max, unit } => {
                let f = |v: &Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
                format!("number:{}..{} {}", f(min), f(max), unit).trim_end().to_string()
            }
            k => k.code().to_string(),
        };
        out.push_str(&format!("[{kind}] {}", i.text));
        if i.weight != 1 {
            out.push_str(&format!(" | weight={}", i.weight));
        }
        if i.critical {
            out.push_str(" | critical");
        }
        for c in &i.clauses {
            out.push_str(&format!(" | clause={c}"));
        }
        if !i.guidance.is_empty() {
            out.push_str(&format!(" | guidance={}", i.guidance));
        }
        for (lang, t) in &i.translations {
            if !t.text.is_empty() {
                out.push_str(&format!(" | text.{lang}={}", t.text));
            }
            if !t.guidance.is_empty() {
                out.push_str(&format!(" | guidance.{lang}={}", t.guidance));
            }
        }
        out.push('\n');
    }
    out
}

/// Findings (or anything carrying a grade code) grouped by grade, most serious first, for the
/// report; grades without findings are left out, unknown grade codes come last as observations.
pub fn by_grade<T>(items: Vec<T>, grade_of: impl Fn(&T) -> &str) -> Vec<(Grade, Vec<T>)> {
    let mut groups: Vec<(Grade, Vec<T>)> = Grade::ALL.iter().map(|g| (*g, Vec::new())).collect();
    for item in items {
        let g = Grade::parse(grade_of(&item)).unwrap_or(Grade::Observation);
        if let Some((_, v)) = groups.iter_mut().find(|(k, _)| *k == g) {
            v.push(item);
        }
    }
    groups.retain(|(_, v)| !v.is_empty());
    groups
}

/// Where a finding's follow-up stands, for the report's "open actions".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUp {
    /// Closed: its CAPA was verified effective or its work order done.
    Closed,
    /// It has a CAPA action or a work order that is not finished yet.
    ActionOpen,
    /// A nonconformity still waiting for its action.
    NeedsAction,
    /// Open, and no action is expected (observation, OFI, good practice).
    NoActionNeeded,
}

/// The follow-up of a finding from its grade, status and whether an action exists.
pub fn follow_up(grade: Grade, closed: bool, has_action: bool) -> FollowUp {
    match (closed, has_action) {
        (true, _) => FollowUp::Closed,
        (false, true) => FollowUp::ActionOpen,
        (false, false) if grade.is_nonconformity() => FollowUp::NeedsAction,
        (false, false) => FollowUp::NoActionNeeded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: ItemKind, weight: u32, critical: bool) -> Item {
        Item {
            section: String::new(),
            text: "x".into(),
            kind,
            weight,
            critical,
            guidance: String::new(),
            clauses: vec![],
            translations: BTreeMap::new(),
        }
    }

    #[test]
    fn weighted_score_skips_na_and_unscored_items() {
        let items = [
            item(ItemKind::YesNoNa, 3, false),
            item(ItemKind::PassFail, 1, false),
            item(ItemKind::YesNoNa, 5, false),
            item(ItemKind::Rating, 2, false),
            item(ItemKind::Text, 4, false),
        ];
        let a = [
            Some(Answer::Yes),
            Some(Answer::Fail),
            Some(Answer::Na),
            Some(Answer::Rating(4)),
            Some(Answer::Text("ok".into())),
        ];
        let s = score(&items, &a, 80.0);
        // (3 x 1 + 1 x 0 + 2 x 0.75) / (3 + 1 + 2) = 4.5 / 6 = 75 %
        assert_eq!(s.percent, Some(75.0));
        assert_eq!((s.answered, s.total, s.failed_items), (5, 5, 1));
        assert!(!s.passed, "below the pass mark");
        assert!(score(&items, &a, 75.0).passed);
        // nothing answered yet: no percentage
        assert_eq!(score(&items, &[], 80.0).percent, None);
    }

    #[test]
    fn a_failed_critical_item_fails_whatever_the_score() {
        let mut items: Vec<Item> = (0..9).map(|_| item(ItemKind::PassFail, 1, false)).collect();
        items.push(item(ItemKind::PassFail, 1, true));
        let mut a: Vec<Option<Answer>> = (0..9).map(|_| Some(Answer::Pass)).collect();
        a.push(Some(Answer::Fail));
        let s = score(&items, &a, 80.0);
        assert_eq!(s.percent, Some(90.0));
        assert!(s.critical_failed && !s.passed);
        // the same item answered N.A. does not fail it
        a[9] = Some(Answer::Na);
        assert!(score(&items, &a, 80.0).passed);
    }

    #[test]
    fn numbers_out_of_limits_fail_and_answers_must_fit() {
        let k = ItemKind::Number { min: Some(1.0), max: Some(2.5), unit: "bar".into() };
        assert!(!failed(&k, &Answer::Number(2.5)));
        assert!(failed(&k, &Answer::Number(2.6)));
        assert_eq!(points(&k, &Answer::Number(0.9)), Some(0.0));
        assert_eq!(check(&k, &Answer::Yes), Err(AnswerError::WrongKind));
        assert_eq!(check(&ItemKind::Rating, &Answer::Rating(6)), Err(AnswerError::RatingRange));
        assert!(failed(&ItemKind::Rating, &Answer::Rating(2)));
        assert_eq!(check(&ItemKind::Text, &Answer::Text(" ".into())), Err(AnswerError::Empty));
        assert_eq!(parse_answer(&k, "2,6"), Ok(Answer::Number(2.6)));
        assert_eq!(parse_answer(&ItemKind::YesNoNa, "pass"), Err(AnswerError::WrongKind));
        for (kind, raw) in [(ItemKind::YesNoNa, "no"), (ItemKind::Rating, "4"), (ItemKind::Photo, "photo:7"), (k, "na")]
        {
            assert_eq!(answer_code(&parse_answer(&kind, raw).unwrap()), raw);
        }
    }

    #[test]
    fn published_versions_are_immutable() {
        assert!(editable(VersionState::Draft).is_ok());
        assert_eq!(editable(VersionState::Published), Err(VersionError::Immutable));
        assert_eq!(editable(VersionState::Retired), Err(VersionError::Immutable));
    }

    #[test]
    fn template_text_round_trips() {
        let text = "# Cylinder\n[pass_fail] Pressure gauge in the green | weight=3 | critical | clause=29 CFR 1910.157(e)(2)\n\
                    [number:1..2.5 bar] Reading\n# Access\n[yes_no_na] Not blocked | guidance=1 m clear\n[photo] Tag\n";
        let items = parse_items(text).unwrap();
        assert_eq!(items.len(), 4);
        assert_eq!(items[0].section, "Cylinder");
        assert!(items[0].critical && items[0].weight == 3);
        assert_eq!(items[1].kind, ItemKind::Number { min: Some(1.0), max: Some(2.5), unit: "bar".into() });
        assert_eq!(items[2].guidance, "1 m clear");
        assert_eq!(parse_items(&items_text(&items)).unwrap(), items);
        assert!(parse_items("[maybe] x").unwrap_err().contains("Line 1"));
        assert!(parse_items("[pass_fail] x | weight=11").is_err());
        assert_eq!(Grade::proposed(true), Grade::MajorNonconformity);
        assert!(Grade::MinorNonconformity.is_nonconformity() && !Grade::Observation.is_nonconformity());
    }

    #[test]
    fn an_item_carries_its_translations_and_a_reader_gets_theirs_or_the_authors_words() {
        let text = "# Access | es=Acceso | fr=Accès\n\
                    [yes_no_na] Not blocked | guidance=1 m clear | text.es=No está bloqueado | guidance.es=1 m libre | text.fr=Pas encombré\n\
                    # Remarks | with a pipe\n[text] Notes\n";
        let items = parse_items(text).unwrap();
        let i = &items[0];
        let pick = |lang: &str, f: fn(&ItemText) -> &str, own: &'static str| {
            in_language(own, &i.translations, lang, f).to_string()
        };
        assert_eq!(pick("es", |t| &t.text, "Not blocked"), "No está bloqueado");
        assert_eq!(pick("fr", |t| &t.text, "Not blocked"), "Pas encombré");
        assert_eq!(pick("fr", |t| &t.section, "Access"), "Accès");
        // French has no guidance: the author's; German has nothing: the author's
        assert_eq!(pick("fr", |t| &t.guidance, "1 m clear"), "1 m clear");
        assert_eq!(pick("es", |t| &t.guidance, "1 m clear"), "1 m libre");
        assert_eq!(pick("de", |t| &t.text, "Not blocked"), "Not blocked");
        // a section title with a pipe that is not a translation stays one title
        assert_eq!(items[1].section, "Remarks | with a pipe");
        assert!(items[1].translations.is_empty());
        assert_eq!(parse_items(&items_text(&items)).unwrap(), items);
        // an unknown option is still refused, a language is two letters
        assert!(parse_items("[text] x | text.spanish=y").unwrap_err().contains("Line 1"));
    }

    #[test]
    fn the_report_groups_findings_by_grade_and_lists_what_is_still_open() {
        let found = vec![("a", "observation"), ("b", "major_nc"), ("c", "observation"), ("d", "good_practice")];
        let groups = by_grade(found, |f| f.1);
        let order: Vec<(Grade, Vec<&str>)> =
            groups.into_iter().map(|(g, v)| (g, v.iter().map(|f| f.0).collect())).collect();
        assert_eq!(
            order,
            vec![
                (Grade::MajorNonconformity, vec!["b"]),
                (Grade::Observation, vec!["a", "c"]),
                (Grade::GoodPractice, vec!["d"]),
            ]
        );
        assert_eq!(follow_up(Grade::MajorNonconformity, false, false), FollowUp::NeedsAction);
        assert_eq!(follow_up(Grade::MinorNonconformity, false, true), FollowUp::ActionOpen);
        assert_eq!(follow_up(Grade::MinorNonconformity, true, true), FollowUp::Closed);
        assert_eq!(follow_up(Grade::OpportunityForImprovement, false, false), FollowUp::NoActionNeeded);
        assert_eq!(follow_up(Grade::Observation, false, true), FollowUp::ActionOpen);
    }
}
