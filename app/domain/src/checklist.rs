//! Checklist steps on work orders: typed answers, the rule that a failed or out-of-limit answer
//! needs a note (and offers a follow-up work order), and that completion needs every required step.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum StepKind {
    Checkbox,
    PassFail,
    Number {
        min: Option<f64>,
        max: Option<f64>,
        unit: String,
    },
    Text,
    /// Writes a reading to this meter of the asset.
    Meter {
        meter_id: i64,
    },
    Photo,
    /// The person signing types their printed name.
    Signature,
}

impl StepKind {
    pub fn code(&self) -> &'static str {
        match self {
            StepKind::Checkbox => "checkbox",
            StepKind::PassFail => "pass_fail",
            StepKind::Number { .. } => "number",
            StepKind::Text => "text",
            StepKind::Meter { .. } => "meter",
            StepKind::Photo => "photo",
            StepKind::Signature => "signature",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepDef {
    pub title: String,
    pub kind: StepKind,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    Checked(bool),
    Pass(bool),
    Number(f64),
    Text(String),
    Meter(f64),
    /// Id of the uploaded photo.
    Photo(i64),
    Signature(String),
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StepError {
    #[error("This answer does not fit the step.")]
    WrongType,
    #[error("A failed check needs a note saying what was found.")]
    FailNeedsNote,
    #[error("{value} is outside the limits ({limits}); add a note saying what was done.")]
    OutOfLimitsNeedsNote { value: f64, limits: String },
    #[error("Enter a number.")]
    NotANumber,
    #[error("Type your name to sign.")]
    EmptySignature,
    #[error("Write something, or leave the step for later.")]
    EmptyText,
}

/// A valid answer: whether it passed, and whether a follow-up work order should be offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub passed: bool,
    pub offer_follow_up: bool,
}

fn limits_text(min: Option<f64>, max: Option<f64>, unit: &str) -> String {
    match (min, max) {
        (Some(a), Some(b)) => format!("{a} to {b} {unit}").trim_end().to_string(),
        (Some(a), None) => format!("at least {a} {unit}").trim_end().to_string(),
        (None, Some(b)) => format!("at most {b} {unit}").trim_end().to_string(),
        (None, None) => String::new(),
    }
}

/// Checks one answer against its step; `note` is the technician's note, if any.
pub fn check(def: &StepDef, answer: &Answer, note: Option<&str>) -> Result<Outcome, StepError> {
    let has_note = note.is_some_and(|n| !n.trim().is_empty());
    let ok = Outcome { passed: true, offer_follow_up: false };
    match (&def.kind, answer) {
        (StepKind::Checkbox, Answer::Checked(_)) => Ok(ok),
        (StepKind::PassFail, Answer::Pass(true)) => Ok(ok),
        (StepKind::PassFail, Answer::Pass(false)) => {
            if has_note {
                Ok(Outcome { passed: false, offer_follow_up: true })
            } else {
                Err(StepError::FailNeedsNote)
            }
        }
        (StepKind::Number { min, max, unit }, Answer::Number(v)) => {
            if !v.is_finite() {
                return Err(StepError::NotANumber);
            }
            let inside = min.is_none_or(|m| *v >= m) && max.is_none_or(|m| *v <= m);
            match (inside, has_note) {
                (true, _) => Ok(ok),
                (false, true) => Ok(Outcome { passed: false, offer_follow_up: true }),
                (false, false) => {
                    Err(StepError::OutOfLimitsNeedsNote { value: *v, limits: limits_text(*min, *max, unit) })
                }
            }
        }
        (StepKind::Text, Answer::Text(t)) => {
            if t.trim().is_empty() {
                Err(StepError::EmptyText)
            } else {
                Ok(ok)
            }
        }
        (StepKind::Meter { .. }, Answer::Meter(v)) => {
            if v.is_finite() {
                Ok(ok)
            } else {
                Err(StepError::NotANumber)
            }
        }
        (StepKind::Photo, Answer::Photo(_)) => Ok(ok),
        (StepKind::Signature, Answer::Signature(s)) => {
            if s.trim().is_empty() {
                Err(StepError::EmptySignature)
            } else {
                Ok(ok)
            }
        }
        _ => Err(StepError::WrongType),
    }
}

/// Is this step done? A checkbox counts when ticked.
pub fn answered(answer: Option<&Answer>) -> bool {
    match answer {
        None => false,
        Some(Answer::Checked(c)) => *c,
        Some(_) => true,
    }
}

/// The titles of required steps still without an answer (completion is refused while any remain).
pub fn missing_required<'a>(steps: impl IntoIterator<Item = (&'a StepDef, Option<&'a Answer>)>) -> Vec<String> {
    steps.into_iter().filter(|(d, a)| d.required && !answered(*a)).map(|(d, _)| d.title.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(kind: StepKind) -> StepDef {
        StepDef { title: "Check".into(), kind, required: true }
    }

    #[test]
    fn a_failed_check_needs_a_note_and_offers_a_follow_up() {
        let s = step(StepKind::PassFail);
        assert_eq!(check(&s, &Answer::Pass(false), None), Err(StepError::FailNeedsNote));
        assert_eq!(check(&s, &Answer::Pass(false), Some("  ")), Err(StepError::FailNeedsNote));
        assert_eq!(
            check(&s, &Answer::Pass(false), Some("belt frayed")),
            Ok(Outcome { passed: false, offer_follow_up: true })
        );
        assert_eq!(check(&s, &Answer::Pass(true), None), Ok(Outcome { passed: true, offer_follow_up: false }));
    }

    #[test]
    fn out_of_limit_numbers_need_a_note() {
        let s = step(StepKind::Number { min: Some(2.0), max: Some(4.5), unit: "bar".into() });
        assert!(check(&s, &Answer::Number(4.5), None).unwrap().passed, "limits are inclusive");
        let err = check(&s, &Answer::Number(5.1), None).unwrap_err();
        assert_eq!(err.to_string(), "5.1 is outside the limits (2 to 4.5 bar); add a note saying what was done.");
        assert!(check(&s, &Answer::Number(5.1), Some("relief valve reset")).unwrap().offer_follow_up);
        assert_eq!(check(&s, &Answer::Number(f64::INFINITY), Some("x")), Err(StepError::NotANumber));
    }

    #[test]
    fn answers_must_fit_the_step() {
        assert_eq!(check(&step(StepKind::Text), &Answer::Pass(true), None), Err(StepError::WrongType));
        assert_eq!(
            check(&step(StepKind::Signature), &Answer::Signature(" ".into()), None),
            Err(StepError::EmptySignature)
        );
    }

    #[test]
    fn completion_needs_every_required_step() {
        let a = StepDef { title: "Isolate".into(), kind: StepKind::Checkbox, required: true };
        let b = StepDef { title: "Grease".into(), kind: StepKind::Checkbox, required: false };
        let c = StepDef { title: "Pressure".into(), kind: StepKind::PassFail, required: true };
        let unticked = Answer::Checked(false);
        let pass = Answer::Pass(false);
        let missing = missing_required([(&a, Some(&unticked)), (&b, None), (&c, Some(&pass))]);
        assert_eq!(missing, vec!["Isolate".to_string()]);
        let ticked = Answer::Checked(true);
        assert!(missing_required([(&a, Some(&ticked)), (&b, None), (&c, Some(&pass))]).is_empty());
    }
}

/// Parses a checklist template, one step per line:
/// `Isolate the press` (a tick), `[pass] Guard intact`, `[number 2-4.5 bar] Oil pressure`,
/// `[text] Remarks`, `[photo] Belt condition`, `[sign] Operator handover`, `[meter] Hours`
/// (writes to the schedule's meter). A line ending in `(optional)` is not required.
pub fn parse_template(text: &str, meter_id: Option<i64>) -> Result<Vec<StepDef>, String> {
    let mut steps = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let n = i + 1;
        let (line, required) = match line.strip_suffix("(optional)") {
            Some(rest) => (rest.trim(), false),
            None => (line, true),
        };
        let (kind, title) = if let Some(rest) = line.strip_prefix('[') {
            let (tag, title) = rest.split_once(']').ok_or(format!("Line {n}: close the [ with ]."))?;
            let mut words = tag.split_whitespace();
            let kind = match words.next().unwrap_or("") {
                "pass" | "passfail" | "pass/fail" => StepKind::PassFail,
                "text" => StepKind::Text,
                "photo" => StepKind::Photo,
                "sign" | "signature" => StepKind::Signature,
                "check" | "tick" => StepKind::Checkbox,
                "meter" => {
                    StepKind::Meter { meter_id: meter_id.ok_or(format!("Line {n}: this schedule has no meter."))? }
                }
                "number" => {
                    let range = words.next().unwrap_or("");
                    let unit = words.collect::<Vec<_>>().join(" ");
                    let (min, max) = match range.split_once('-') {
                        Some((a, b)) => (parse_bound(a, n)?, parse_bound(b, n)?),
                        None if range.is_empty() => (None, None),
                        None => return Err(format!("Line {n}: write limits as 2-4.5 (either side may be empty).")),
                    };
                    if let (Some(a), Some(b)) = (min, max)
                        && a > b
                    {
                        return Err(format!("Line {n}: the lower limit is above the upper one."));
                    }
                    StepKind::Number { min, max, unit }
                }
                other => {
                    return Err(format!(
                        "Line {n}: unknown step type [{other}]; use pass, number, text, photo, sign or meter."
                    ));
                }
            };
            (kind, title.trim())
        } else {
            (StepKind::Checkbox, line)
        };
        if title.is_empty() {
            return Err(format!("Line {n}: the step needs a title."));
        }
        if title.chars().count() > 200 {
            return Err(format!("Line {n}: use at most 200 characters."));
        }
        steps.push(StepDef { title: title.to_string(), kind, required });
    }
    if steps.len() > 100 {
        return Err("Use at most 100 steps.".into());
    }
    Ok(steps)
}

fn parse_bound(s: &str, line: usize) -> Result<Option<f64>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.replace(',', ".").parse::<f64>().map(Some).map_err(|_| format!("Line {line}: {s} is not a number."))
}

/// The template text of steps (inverse of [`parse_template`]).
pub fn template_text(steps: &[StepDef]) -> String {
    steps
        .iter()
        .map(|s| {
            let prefix = match &s.kind {
                StepKind::Checkbox => String::new(),
                StepKind::PassFail => "[pass] ".into(),
                StepKind::Text => "[text] ".into(),
                StepKind::Photo => "[photo] ".into(),
                StepKind::Signature => "[sign] ".into(),
                StepKind::Meter { .. } => "[meter] ".into(),
                StepKind::Number { min, max, unit } => {
                    let b = |v: &Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
                    format!("[number {}-{} {unit}] ", b(min), b(max)).replace(" ]", "]")
                }
            };
            let suffix = if s.required { "" } else { " (optional)" };
            format!("{prefix}{}{suffix}", s.title)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod template_tests {
    use super::*;

    #[test]
    fn templates_parse_every_step_type() {
        let t = "Isolate the press\n[pass] Guard intact\n[number 2-4.5 bar] Oil pressure\n\n[text] Remarks (optional)\n[photo] Belt\n[sign] Handover\n[meter] Hours";
        let steps = parse_template(t, Some(7)).unwrap();
        assert_eq!(steps.len(), 7);
        assert_eq!(steps[0].kind, StepKind::Checkbox);
        assert_eq!(steps[2].kind, StepKind::Number { min: Some(2.0), max: Some(4.5), unit: "bar".into() });
        assert!(!steps[3].required && steps[3].title == "Remarks");
        assert_eq!(steps[6].kind, StepKind::Meter { meter_id: 7 });
        assert_eq!(parse_template(&template_text(&steps), Some(7)).unwrap(), steps, "round trip");
    }

    #[test]
    fn template_errors_name_the_line() {
        assert_eq!(
            parse_template("ok\n[bogus] x", None).unwrap_err(),
            "Line 2: unknown step type [bogus]; use pass, number, text, photo, sign or meter."
        );
        assert!(parse_template("[meter] Hours", None).unwrap_err().contains("no meter"));
        assert!(parse_template("[number 5-2] x", None).unwrap_err().contains("lower limit"));
        assert!(parse_template("[pass x", None).unwrap_err().starts_with("Line 1"));
    }
}
