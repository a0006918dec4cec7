//! Turning what a person typed or ticked into the OSHA rules' inputs: the guided recordability
//! form (OSHA-1..3), date ranges for OSHA-4 day counts, times of day, case numbers.
use chrono::{NaiveDate, NaiveTime};

use super::classification::CaseType;
use super::days::Period;
use super::recordability::{Care, CareItem, Ear, Facts, FirstAid, SignificantDiagnosis};
use crate::validation::{FieldErrors, required_text};

/// The medical treatments the guided form offers (OSHA-2: anything not on the first-aid list).
pub const TREATMENTS: [(&str, &str); 6] = [
    ("otc_rx_strength", "Non-prescription medicine at prescription strength"),
    ("wound_closure", "Sutures, staples or surgical glue"),
    ("rigid_support", "Rigid splint, stays or cast"),
    ("therapy", "Physical therapy or chiropractic treatment"),
    ("prescription", "Prescription medicine"),
    ("other", "Other treatment (describe)"),
];

pub const DIAGNOSES: [(&str, &str); 4] = [
    ("cancer", "Cancer"),
    ("chronic", "Chronic irreversible disease"),
    ("fracture", "Fractured or cracked bone or tooth"),
    ("eardrum", "Punctured eardrum"),
];

/// The audiogram fields of the guided form (1904.10), per ear (left, right): the baseline then the
/// current threshold at 2000, 3000 and 4000 Hz, in dB.
pub const HEARING_FIELDS: [[&str; 6]; 2] = [
    ["hl_left_b2000", "hl_left_b3000", "hl_left_b4000", "hl_left_c2000", "hl_left_c3000", "hl_left_c4000"],
    ["hl_right_b2000", "hl_right_b3000", "hl_right_b4000", "hl_right_c2000", "hl_right_c3000", "hl_right_c4000"],
];

/// One ear's audiograms from the form: none when all six are blank, else all six whole numbers.
fn ear(
    fields: &[&'static str; 6],
    value: &dyn Fn(&str) -> String,
) -> Result<Option<Ear>, (&'static str, &'static str)> {
    let raw: Vec<String> = fields.iter().map(|f| value(f)).collect();
    if raw.iter().all(String::is_empty) {
        return Ok(None);
    }
    let mut db = [0i32; 6];
    for (i, r) in raw.iter().enumerate() {
        db[i] = r
            .parse::<i32>()
            .ok()
            .filter(|v| (-10..=120).contains(v))
            .ok_or((fields[i], "Enter the threshold in dB, a whole number from -10 to 120 (all six for this ear)."))?;
    }
    Ok(Some(Ear { baseline: [db[0], db[1], db[2]], current: [db[3], db[4], db[5]] }))
}

/// The guided form's answers as name/value pairs (a ticked box sends its name): yes/no questions
/// `work_related`, `new_case`, `death`, `days_away`, `restricted_after`, `restricted_injury_day`,
/// `unconscious`; first aid `fa_A`..`fa_N`; treatments `mt_<key>` (with `mt_other_text`), and
/// `declined` when the treatment was recommended but declined; `diagnosis` one of [`DIAGNOSES`];
/// the special criteria `sharp` (1904.8), `medical_removal` (1904.9), the audiograms
/// [`HEARING_FIELDS`] (1904.10) and `tuberculosis` (1904.11).
pub fn facts_from_form(pairs: &[(String, String)]) -> Result<Facts, (&'static str, &'static str)> {
    let has = |k: &str| pairs.iter().any(|(n, v)| n == k && !v.is_empty() && v != "false" && v != "no");
    let value = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_string()).unwrap_or_default();
    let declined = has("declined");
    let mut care = Vec::new();
    for (key, _) in TREATMENTS {
        if !has(&format!("mt_{key}")) {
            continue;
        }
        let c = match key {
            "otc_rx_strength" => Care::OtcAtPrescriptionStrength,
            "wound_closure" => Care::WoundClosure,
            "rigid_support" => Care::RigidSupport,
            "therapy" => Care::Therapy,
            "prescription" => Care::PrescriptionMedicine,
            _ => {
                let text = value("mt_other_text");
                if text.is_empty() {
                    return Err(("mt_other_text", "Describe the other treatment."));
                }
                Care::Other(text)
            }
        };
        care.push(CareItem { care: c, declined });
    }
    for f in FirstAid::ALL {
        if has(&format!("fa_{}", f.code())) {
            care.push(CareItem { care: Care::FirstAid(f), declined: false });
        }
    }
    let significant_diagnosis = match value("diagnosis").as_str() {
        "" | "none" => None,
        "cancer" => Some(SignificantDiagnosis::Cancer),
        "chronic" => Some(SignificantDiagnosis::ChronicIrreversibleDisease),
        "fracture" => Some(SignificantDiagnosis::FracturedBoneOrTooth),
        "eardrum" => Some(SignificantDiagnosis::PuncturedEardrum),
        _ => return Err(("diagnosis", "Choose a diagnosis from the list.")),
    };
    let hearing = [ear(&HEARING_FIELDS[0], &value)?, ear(&HEARING_FIELDS[1], &value)?];
    Ok(Facts {
        contaminated_sharp: has("sharp"),
        medical_removal: has("medical_removal"),
        hearing,
        tuberculosis_after_exposure: has("tuberculosis"),
        work_related: has("work_related"),
        new_case: has("new_case"),
        death: has("death"),
        days_away: has("days_away"),
        restricted_after_injury_day: has("restricted_after"),
        restricted_on_injury_day_only: has("restricted_injury_day"),
        care,
        loss_of_consciousness: has("unconscious"),
        significant_diagnosis,
    })
}

/// The form's pairs back from stored facts, to show the form as it was answered.
pub fn form_from_facts(f: &Facts) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut on = |k: &str, b: bool| {
        if b {
            out.push((k.to_string(), "on".to_string()));
        }
    };
    on("work_related", f.work_related);
    on("new_case", f.new_case);
    on("death", f.death);
    on("days_away", f.days_away);
    on("restricted_after", f.restricted_after_injury_day);
    on("restricted_injury_day", f.restricted_on_injury_day_only);
    on("unconscious", f.loss_of_consciousness);
    on("declined", f.care.iter().any(|c| c.declined));
    for c in &f.care {
        let key = match &c.care {
            Care::FirstAid(a) => format!("fa_{}", a.code()),
            Care::OtcAtPrescriptionStrength => "mt_otc_rx_strength".into(),
            Care::WoundClosure => "mt_wound_closure".into(),
            Care::RigidSupport => "mt_rigid_support".into(),
            Care::Therapy => "mt_therapy".into(),
            Care::PrescriptionMedicine => "mt_prescription".into(),
            Care::Other(t) => {
                out.push(("mt_other_text".into(), t.clone()));
                "mt_other".into()
            }
            Care::Diagnostic | Care::Observation => continue,
        };
        out.push((key, "on".into()));
    }
    let diag = match f.significant_diagnosis {
        None => "",
        Some(SignificantDiagnosis::Cancer) => "cancer",
        Some(SignificantDiagnosis::ChronicIrreversibleDisease) => "chronic",
        Some(SignificantDiagnosis::FracturedBoneOrTooth) => "fracture",
        Some(SignificantDiagnosis::PuncturedEardrum) => "eardrum",
    };
    if !diag.is_empty() {
        out.push(("diagnosis".into(), diag.into()));
    }
    for (k, b) in [
        ("sharp", f.contaminated_sharp),
        ("medical_removal", f.medical_removal),
        ("tuberculosis", f.tuberculosis_after_exposure),
    ] {
        if b {
            out.push((k.into(), "on".into()));
        }
    }
    for (fields, e) in HEARING_FIELDS.iter().zip(f.hearing) {
        if let Some(e) = e {
            let db = e.baseline.iter().chain(e.current.iter());
            out.extend(fields.iter().zip(db).map(|(k, v)| (k.to_string(), v.to_string())));
        }
    }
    out
}

/// Date ranges, one per line: `2026-03-02 to 2026-03-06`, `2026-03-02..2026-03-06`, or a single
/// start date for a period still going on. Blank lines are skipped.
pub fn parse_periods(text: &str) -> Result<Vec<Period>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (a, b) = match line.split_once("..").or_else(|| line.split_once(" to ")) {
            Some((a, b)) => (a.trim(), Some(b.trim()).filter(|b| !b.is_empty())),
            None => (line, None),
        };
        let date = |s: &str| {
            crate::dates::ANY
                .parse(s, "write dates as YYYY-MM-DD, e.g. 2026-03-02 to 2026-03-06.")
                .map_err(|m| format!("Line {}: {m}", i + 1))
        };
        let start = date(a)?;
        let end = b.map(date).transpose()?;
        if end.is_some_and(|e| e < start) {
            return Err(format!("Line {}: the period ends before it starts.", i + 1));
        }
        out.push(Period { start, end });
    }
    Ok(out)
}

/// The periods as the form shows them (one per line).
pub fn periods_text(periods: &[Period]) -> String {
    periods
        .iter()
        .map(|p| match p.end {
            Some(e) => format!("{} to {}", p.start, e),
            None => p.start.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A time of day as `HH:MM` (24 h), blank for unknown.
pub fn parse_time(s: &str) -> Result<Option<NaiveTime>, &'static str> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    NaiveTime::parse_from_str(s, "%H:%M").map(Some).map_err(|_| "Write the time as HH:MM, e.g. 07:30.")
}

/// Case numbers run per site and year: `2026-001`, `2026-002`, ...
pub fn case_number(year: i32, seq: u32) -> String {
    format!("{year}-{seq:03}")
}

/// A case's header (the 300 log's columns B-F and M) as typed.
pub struct HeaderForm<'a> {
    pub employee_name: &'a str,
    pub job_title: &'a str,
    pub injury_date: &'a str,
    /// When the employer learned of it (OSHA-9's seven days run from here); blank: the injury date.
    pub learned_on: &'a str,
    pub location: &'a str,
    pub injury_description: &'a str,
    /// `1`..`6` or `M1`..`M6`.
    pub case_type: &'a str,
}

/// A case's header, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseHeaderFacts {
    pub employee_name: String,
    pub job_title: String,
    pub injury_date: NaiveDate,
    pub learned_on: NaiveDate,
    pub location: String,
    pub injury_description: String,
    pub case_type: CaseType,
}

/// Checks a case header on `today` (the site's date): every field's message at once.
pub fn case_header(h: HeaderForm<'_>, today: NaiveDate) -> Result<CaseHeaderFacts, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check("employee_name", required_text(h.employee_name, 120));
    let job = e.check("job_title", required_text(h.job_title, 120));
    let injury = e.date("injury_date", h.injury_date);
    let learned = if h.learned_on.trim().is_empty() { injury } else { e.date("learned_on", h.learned_on) };
    if injury.is_some_and(|d| d > today) {
        e.add("injury_date", "That date is in the future.");
    }
    if let (Some(i), Some(l)) = (injury, learned)
        && l < i
    {
        e.add("learned_on", "You cannot learn of it before it happened.");
    }
    let location = e.check("location", required_text(h.location, 200));
    let desc = e.check("injury_description", required_text(h.injury_description, 2000));
    let ct = e.check(
        "case_type",
        h.case_type
            .trim()
            .trim_start_matches(['M', 'm'])
            .parse::<u8>()
            .ok()
            .and_then(CaseType::from_number)
            .ok_or("Choose injury or the kind of illness (M1-M6)."),
    );
    match (name, job, injury, learned, location, desc, ct) {
        (
            Some(employee_name),
            Some(job_title),
            Some(injury_date),
            Some(learned_on),
            Some(location),
            Some(d),
            Some(c),
        ) if e.is_empty() => Ok(CaseHeaderFacts {
            employee_name,
            job_title,
            injury_date,
            learned_on,
            location,
            injury_description: d,
            case_type: c,
        }),
        _ => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::osha::recordability::{Rule, decide};

    fn form(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn the_special_criteria_come_from_the_form_and_back() {
        let mut answers = form(&[("work_related", "on"), ("new_case", "on"), ("sharp", "on"), ("tuberculosis", "on")]);
        for (k, v) in HEARING_FIELDS[1].iter().zip(["10", "15", "20", "20", "25", "30"]) {
            answers.push((k.to_string(), v.to_string()));
        }
        let f = facts_from_form(&answers).unwrap();
        assert!(f.contaminated_sharp && f.tuberculosis_after_exposure && !f.medical_removal);
        assert_eq!(f.hearing[0], None);
        assert!(f.hearing_loss() && f.privacy_case());
        assert_eq!(decide(&f).rule, Rule::ContaminatedSharp);
        assert_eq!(facts_from_form(&form_from_facts(&f)).unwrap(), f);
        // an ear half filled in, or a threshold that is not a number: the field is named
        let mut half = form(&[("work_related", "on"), ("new_case", "on"), ("hl_left_b2000", "10")]);
        assert_eq!(facts_from_form(&half).unwrap_err().0, "hl_left_b3000");
        half = form(&[("hl_left_b2000", "10"), ("hl_left_b3000", "x")]);
        assert_eq!(facts_from_form(&half).unwrap_err().0, "hl_left_b3000");
        half = form(&[("hl_right_c4000", "200")]);
        assert_eq!(facts_from_form(&half).unwrap_err().0, "hl_right_b2000");
    }

    #[test]
    fn guided_form_answers_become_facts_and_decide() {
        let f = facts_from_form(&form(&[("work_related", "on"), ("new_case", "on"), ("fa_C", "on"), ("fa_D", "on")]))
            .unwrap();
        assert_eq!(decide(&f).rule, Rule::FirstAidOnly);
        let f = facts_from_form(&form(&[
            ("work_related", "on"),
            ("new_case", "on"),
            ("fa_D", "on"),
            ("mt_wound_closure", "on"),
            ("declined", "on"),
        ]))
        .unwrap();
        let d = decide(&f);
        assert!(d.recordable);
        assert_eq!(d.rule, Rule::MedicalTreatment);
        assert!(d.explanation.contains("declined"), "{}", d.explanation);
        // the stored facts give the same form back
        assert_eq!(facts_from_form(&form_from_facts(&f)).unwrap(), f);
        assert_eq!(
            facts_from_form(&form(&[("mt_other", "on")])),
            Err(("mt_other_text", "Describe the other treatment."))
        );
        let f =
            facts_from_form(&form(&[("work_related", "on"), ("new_case", "on"), ("diagnosis", "fracture")])).unwrap();
        assert_eq!(decide(&f).rule, Rule::SignificantDiagnosis);
        let f = facts_from_form(&form(&[("work_related", "on"), ("new_case", "on"), ("restricted_injury_day", "on")]))
            .unwrap();
        assert_eq!(decide(&f).rule, Rule::RestrictionOnInjuryDayOnly);
    }

    #[test]
    fn periods_parse_in_both_spellings_and_open_ended() {
        let p = parse_periods("2026-03-02 to 2026-03-06\n\n2026-03-10..2026-03-11\n2026-04-01").unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!(p[2].end, None);
        assert_eq!(parse_periods(&periods_text(&p)).unwrap(), p);
        assert!(parse_periods("03/02/2026").unwrap_err().contains("Line 1"));
        assert!(parse_periods("2026-03-06 to 2026-03-02").unwrap_err().contains("ends before"));
    }

    #[test]
    fn times_and_case_numbers() {
        assert_eq!(parse_time("07:30").unwrap(), NaiveTime::from_hms_opt(7, 30, 0));
        assert_eq!(parse_time(" ").unwrap(), None);
        assert!(parse_time("7.30am").is_err());
        assert_eq!(case_number(2026, 7), "2026-007");
    }

    #[test]
    fn a_case_header_names_every_wrong_field_and_defaults_learned_on_to_the_injury_date() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 20).unwrap();
        let form = |injury: &'static str, learned: &'static str, ct: &'static str| HeaderForm {
            employee_name: "A. Worker",
            job_title: "Press operator",
            injury_date: injury,
            learned_on: learned,
            location: "Press line 2",
            injury_description: "Cut, left hand",
            case_type: ct,
        };
        let ok = case_header(form("2026-03-14", "", "M1"), today).unwrap();
        assert_eq!((ok.learned_on, ok.case_type), (ok.injury_date, CaseType::Injury));
        let bad = case_header(form("2026-03-21", "2026-03-01", "M7"), today).unwrap_err();
        assert_eq!(bad.get("injury_date"), Some("That date is in the future."));
        assert_eq!(bad.get("learned_on"), Some("You cannot learn of it before it happened."));
        assert!(bad.get("case_type").is_some());
    }
}
