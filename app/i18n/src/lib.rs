//! Gemba's languages: English, Spanish and French.
//!
//! Every string meant for people lives in a Fluent catalogue, one file per language
//! (`app/i18n/locales/en.ftl`, `es.ftl`, `fr.ftl`), which translators edit without touching Rust;
//! plural forms are the catalogue's (`{ $count -> [one] ... *[other] ... }`), chosen by each
//! language's CLDR rules. Code asks for a message by its id: [`t!`]`(lang, "nav-my-work")`, or
//! with arguments `t!(lang, "wo-in-all", count = 3)`; an enum's value by [`label`]. A test fails
//! when a language lacks a message another has, or a catalogue holds one the code no longer asks
//! for.
//!
//! Which language a person reads: their own choice (profile), else their current site's default
//! language, else the browser's `Accept-Language`, else English ([`Lang::choose`]). Data stays
//! as written (a checklist step is in its author's words); machine formats (API, CSV for
//! machines, ITA files) stay ISO 8601 with dot decimals: only what people read is localised
//! ([`date`], [`date_time`], [`number`]).
use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone};
pub use fluent_bundle::{FluentArgs, FluentValue};
use fluent_bundle::{FluentResource, concurrent::FluentBundle};
use serde::{Deserialize, Serialize};

/// A language Gemba speaks. [`Lang::Pseudo`] is English, accented and 40 % longer, to find
/// strings left out of the catalogues and layouts that break on longer words; it is asked for
/// as `en-XA` and never offered as a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    Pseudo,
}

impl Lang {
    /// The languages people can choose, in the order the choice lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Fr];

    /// The BCP 47 tag (`<html lang>`, the stored choice).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's own name, as its readers look for it in a list.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Pseudo => "Pseudo (en-XA)",
        }
    }

    /// A stored or typed tag: `es`, `es-MX`, `FR`, `en-XA`; None for a language Gemba lacks.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first language of an `Accept-Language` header that Gemba speaks (the browser lists
    /// them in the reader's order of preference).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        fluent_langneg::parse_accepted_languages(header).iter().find_map(|id| Lang::parse(&id.to_string()))
    }

    /// The language a page, message or e-mail is written in for one reader: their own choice,
    /// else the site's default language, else what their browser asks for, else English.
    pub fn choose(chosen: Option<&str>, site_default: Option<&str>, accept_language: Option<&str>) -> Lang {
        chosen
            .and_then(Lang::parse)
            .or_else(|| site_default.and_then(Lang::parse))
            .or_else(|| accept_language.and_then(Lang::from_accept_language))
            .unwrap_or_default()
    }

    /// A language as chosen in a form (a profile, a site's default): blank for none, else one of
    /// [`Lang::ALL`] by its code.
    pub fn chosen(code: &str) -> Result<Option<Lang>, &'static str> {
        match code.trim() {
            "" => Ok(None),
            c => Lang::ALL.into_iter().find(|l| l.code() == c).map(Some).ok_or("Choose one of the languages listed."),
        }
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        &BUNDLES[match self {
            Lang::En => 0,
            Lang::Es => 1,
            Lang::Fr => 2,
            Lang::Pseudo => 3,
        }]
    }
}

/// The catalogues, compiled into the binary.
pub const CATALOGUES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../locales/en.ftl")),
    (Lang::Es, include_str!("../locales/es.ftl")),
    (Lang::Fr, include_str!("../locales/fr.ftl")),
];

fn bundle_of(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::En | Lang::Pseudo => unic_langid::langid!("en"),
        Lang::Es => unic_langid::langid!("es"),
        Lang::Fr => unic_langid::langid!("fr"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // no invisible isolation marks around arguments: the text goes into HTML and e-mails as is
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    // a catalogue that does not parse keeps the messages that do (the test names the others)
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    // an id written twice keeps its first text (the test names it)
    let _ = bundle.add_resource(resource);
    bundle
}

static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 4]> = LazyLock::new(|| {
    let [(_, en), (_, es), (_, fr)] = CATALOGUES;
    [bundle_of(Lang::En, en), bundle_of(Lang::Es, es), bundle_of(Lang::Fr, fr), bundle_of(Lang::Pseudo, en)]
});

/// The pseudo-locale's text: every letter accented, and 40 % longer (brackets show where a
/// string was cut).
fn pseudo(text: &str) -> Cow<'_, str> {
    const FROM: &str = "aeiouyAEIOUYcnsz";
    const TO: [char; 16] = ['á', 'é', 'í', 'ö', 'ü', 'ý', 'Å', 'É', 'Î', 'Ø', 'Ü', 'Ý', 'ç', 'ñ', 'š', 'ž'];
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let accented: String = text.chars().map(|c| FROM.find(c).map_or(c, |i| TO[i])).collect();
    // the padding is words, as a longer language's would be: "~~~~ ~~~~ ~~"
    let extra = (text.chars().count() * 2).div_ceil(5).saturating_sub(2);
    let padding: String = (0..extra).map(|i| if i % 5 == 4 { ' ' } else { '~' }).collect();
    Cow::Owned(format!("[{accented}{padding}]"))
}

/// The message `key` in `lang`, with `args`; English when the language lacks it, the key itself
/// when no catalogue has it (the tests make both impossible).
pub fn tr_args(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::En] {
        let bundle = l.bundle();
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    key.to_string()
}

/// The message `key` in `lang`.
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, None)
}

/// Does the language's catalogue itself hold `key` (no fallback)?
pub fn has(lang: Lang, key: &str) -> bool {
    lang.bundle().has_message(key)
}

/// The name of an enum's value: the message `<prefix>-<value>` (`wo-status-in-progress` for
/// `("wo-status", "in_progress")`).
pub fn label(lang: Lang, prefix: &str, value: &str) -> String {
    tr(lang, &label_key(prefix, value))
}

/// The message id [`label`] reads.
pub fn label_key(prefix: &str, value: &str) -> String {
    format!("{prefix}-{}", value.replace('_', "-"))
}

/// A message from the catalogue: `t!(lang, "key")` or `t!(lang, "key", name = value, ...)` (the
/// message reads `{ $name }`; numbers choose plural forms).
#[macro_export]
macro_rules! t {
    ($lang:expr, $key:literal) => {
        $crate::tr($lang, $key)
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::tr_args($lang, $key, Some(&args))
    }};
}

/// A message the server wrote in English (`msg-*` and `err-*` in the catalogue: field errors,
/// refusals from the rules, the errors every request may meet), matched against the English catalogue and written in `lang` with the same
/// arguments; a text the catalogue does not know stays as it is.
pub fn translate_english(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    for known in ENGLISH.iter() {
        if let Some(found) = known.pattern.captures(text) {
            let mut args = FluentArgs::new();
            for (i, name) in known.vars.iter().enumerate() {
                let value = found.get(i + 1).map_or("", |m| m.as_str()).to_string();
                match value.parse::<f64>() {
                    Ok(n) if !value.starts_with('+') => args.set(name.clone(), n),
                    // a state the message names ("In progress", "draft"): the reader's word for it
                    _ => match WORDS.iter().find(|(english, _)| *english == value) {
                        Some((_, id)) => args.set(name.clone(), tr(lang, id)),
                        None => args.set(name.clone(), value),
                    },
                }
            }
            return tr_args(lang, &known.id, Some(&args));
        }
    }
    text.to_string()
}

struct English {
    id: String,
    pattern: regex::Regex,
    vars: Vec<String>,
}

/// The English `msg-*` and `err-*` messages as patterns: their text, each `{ $name }` a capture.
static ENGLISH: LazyLock<Vec<English>> = LazyLock::new(|| {
    english_messages()
        .into_iter()
        .filter_map(|(id, parts)| {
            let mut re = String::from("^");
            let mut vars = Vec::new();
            for part in parts {
                match part {
                    Part::Text(t) => re.push_str(&regex::escape(&t)),
                    Part::Var(v) => {
                        re.push_str("(.*?)");
                        vars.push(v);
                    }
                }
            }
            re.push('$');
            Some(English { id, pattern: regex::Regex::new(&re).ok()?, vars })
        })
        .collect()
});

/// The words (`msg-word-*`: states and what happened) the server puts into its messages, by their
/// English text.
static WORDS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    english_messages()
        .into_iter()
        .filter(|(id, _)| id.starts_with("msg-word-"))
        .filter_map(|(id, parts)| match parts.as_slice() {
            [Part::Text(t)] => Some((t.clone(), id)),
            _ => None,
        })
        .collect()
});

/// A piece of an English message: text, or an argument.
#[doc(hidden)]
pub enum Part {
    Text(String),
    Var(String),
}

/// The English catalogue's `msg-*` and `err-*` messages (those written without plural forms), piece by piece.
#[doc(hidden)]
pub fn english_messages() -> Vec<(String, Vec<Part>)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let resource = FluentResource::try_new(CATALOGUES[0].1.to_string()).unwrap_or_else(|(r, _)| r);
    let mut out = Vec::new();
    'messages: for entry in resource.entries() {
        let Entry::Message(m) = entry else { continue };
        let (Some(value), true) = (&m.value, m.id.name.starts_with("msg-") || m.id.name.starts_with("err-")) else {
            continue;
        };
        let mut parts = Vec::new();
        for element in &value.elements {
            match element {
                PatternElement::TextElement { value } => parts.push(Part::Text(value.to_string())),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => parts.push(Part::Var(id.name.to_string())),
                _ => continue 'messages,
            }
        }
        out.push((m.id.name.to_string(), parts));
    }
    out
}

/// A calendar day as the language writes it: `2026-12-02` (English, as plants keep their
/// records), `2 dic 2026`, `2 déc. 2026` (the month's short name from the catalogue).
pub fn date(lang: Lang, day: NaiveDate) -> String {
    match lang {
        Lang::En | Lang::Pseudo => day.format("%Y-%m-%d").to_string(),
        Lang::Es | Lang::Fr => t!(
            lang,
            "date-medium",
            day = day.day().to_string(),
            month = label(lang, "month", &day.month().to_string()),
            year = day.year().to_string()
        ),
    }
}

/// A day with its weekday, for the top of a person's day: `Sunday 6 December`,
/// `domingo, 6 de diciembre`, `dimanche 6 décembre`.
pub fn long_date(lang: Lang, day: NaiveDate) -> String {
    t!(
        lang,
        "date-long",
        weekday = label(lang, "weekday", &day.weekday().number_from_monday().to_string()),
        day = day.day().to_string(),
        month = label(lang, "month-long", &day.month().to_string())
    )
}

/// A moment on a site's clock, with the zone's abbreviation: `2026-12-02 14:30 CST`,
/// `2 déc. 2026, 14:30 CET`.
pub fn date_time<Tz: TimeZone>(lang: Lang, at: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    match lang {
        Lang::En | Lang::Pseudo => at.format("%Y-%m-%d %H:%M %Z").to_string(),
        Lang::Es | Lang::Fr => t!(
            lang,
            "date-time-medium",
            date = date(lang, at.date_naive()),
            time = at.format("%H:%M").to_string(),
            zone = at.format("%Z").to_string()
        ),
    }
}

/// A number for people to read, with at most `decimals` decimals (trailing zeros dropped):
/// `1234.5` in English, `1234,5` in Spanish (groups of thousands from five digits: `12.345,5`),
/// `1 234,5` in French (a narrow no-break space between groups).
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    written(lang, value, decimals, false)
}

/// A number with exactly `decimals` decimals (a ratio: `1.50 : 1`, `1,50 : 1`).
pub fn fixed(lang: Lang, value: f64, decimals: usize) -> String {
    written(lang, value, decimals, true)
}

fn written(lang: Lang, value: f64, decimals: usize, keep_zeros: bool) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) if keep_zeros => (i.to_string(), f.to_string()),
        Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
        None => (text.clone(), String::new()),
    };
    let (group, point, min_digits) = match lang {
        Lang::En | Lang::Pseudo => (None, '.', 0),
        Lang::Es => (Some('.'), ',', 5),
        Lang::Fr => (Some('\u{202f}'), ',', 4),
    };
    let mut out = String::new();
    if value < 0.0 && int.chars().chain(frac.chars()).any(|c| c != '0') {
        out.push('-');
    }
    match group {
        Some(sep) if int.len() >= min_digits => {
            for (i, c) in int.chars().enumerate() {
                if i > 0 && (int.len() - i) % 3 == 0 {
                    out.push(sep);
                }
                out.push(c);
            }
        }
        _ => out.push_str(&int),
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(&frac);
    }
    out
}

#[cfg(test)]
mod tests;
