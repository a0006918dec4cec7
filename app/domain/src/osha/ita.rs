//! OSHA-10: the two ITA CSV uploads (300A summary, case data), validated before export with every
//! failing field named. RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
//! line break; integers without separators; 0, never blank, for a count.
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::classification::{CaseType, Outcome};
use super::establishment;
use crate::csv_file::CsvFile;

pub const SUMMARY_HEADER: [&str; 28] = [
    "establishment_name",
    "ein",
    "company_name",
    "street_address",
    "city",
    "state",
    "zip",
    "naics_code",
    "industry_description",
    "size",
    "establishment_type",
    "year_filing_for",
    "annual_average_employees",
    "total_hours_worked",
    "no_injuries_illnesses",
    "total_deaths",
    "total_dafw_cases",
    "total_djtr_cases",
    "total_other_cases",
    "total_dafw_days",
    "total_djtr_days",
    "total_injuries",
    "total_skin_disorders",
    "total_respiratory_conditions",
    "total_poisonings",
    "total_hearing_loss",
    "total_other_illnesses",
    "change_reason",
];

pub const CASE_HEADER: [&str; 24] = [
    "establishment_name",
    "year_of_filing",
    "case_number",
    "job_title",
    "date_of_incident",
    "incident_location",
    "incident_description",
    "incident_outcome",
    "dafw_num_away",
    "djtr_num_tr",
    "type_of_incident",
    "date_of_birth",
    "date_of_hire",
    "sex",
    "treatment_facility_type",
    "treatment_in_patient",
    "time_started_work",
    "time_of_incident",
    "time_unknown",
    "nar_before_incident",
    "nar_what_happened",
    "nar_injury_illness",
    "nar_object_substance",
    "date_of_death",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EstablishmentType {
    Private,
    StateGovernment,
    LocalGovernment,
}

impl EstablishmentType {
    pub fn code(self) -> u8 {
        match self {
            EstablishmentType::Private => 1,
            EstablishmentType::StateGovernment => 2,
            EstablishmentType::LocalGovernment => 3,
        }
    }
}

/// ITA size: 1 (<20 employees), 21 (20-99), 22 (100-249), 3 (250+).
pub fn size_code(annual_average_employees: u32) -> u8 {
    match annual_average_employees {
        0..=19 => 1,
        20..=99 => 21,
        100..=249 => 22,
        _ => 3,
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Establishment {
    pub name: String,
    pub ein: String,
    pub company_name: String,
    pub street_address: String,
    pub city: String,
    pub state: String,
    pub zip: String,
    pub naics_code: String,
    pub industry_description: String,
    pub establishment_type: Option<EstablishmentType>,
}

/// A year's 300A figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub year: i32,
    pub annual_average_employees: u32,
    pub total_hours_worked: u64,
    pub deaths: u32,
    pub dafw_cases: u32,
    pub djtr_cases: u32,
    pub other_cases: u32,
    pub dafw_days: u32,
    pub djtr_days: u32,
    /// M1..M6 totals.
    pub by_type: [u32; 6],
    pub change_reason: String,
}

impl Summary {
    pub fn cases(&self) -> u32 {
        self.deaths + self.dafw_cases + self.djtr_cases + self.other_cases
    }
}

/// One recordable case as the case file carries it (no employee name or address).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRecord {
    pub case_number: String,
    pub job_title: String,
    pub date_of_incident: NaiveDate,
    pub incident_location: String,
    pub incident_description: String,
    pub outcome: Outcome,
    pub dafw_num_away: u32,
    pub djtr_num_tr: u32,
    pub case_type: CaseType,
    pub date_of_birth: Option<NaiveDate>,
    pub date_of_hire: Option<NaiveDate>,
    /// "M", "F" or blank
    pub sex: String,
    pub treated_in_emergency_room: Option<bool>,
    pub hospitalized_overnight: Option<bool>,
    pub time_started_work: Option<NaiveTime>,
    /// None: "cannot be determined" (time_unknown = 1).
    pub time_of_incident: Option<NaiveTime>,
    pub nar_before_incident: String,
    pub nar_what_happened: String,
    pub nar_injury_illness: String,
    pub nar_object_substance: String,
    pub date_of_death: Option<NaiveDate>,
}

/// A field that stops the export: which row (None for the establishment or summary), which
/// column, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub case_number: Option<String>,
    pub field: String,
    pub message: String,
}

struct Problems {
    case: Option<String>,
    list: Vec<FieldProblem>,
}

impl Problems {
    fn add(&mut self, field: &str, message: impl Into<String>) {
        self.list.push(FieldProblem { case_number: self.case.clone(), field: field.into(), message: message.into() });
    }

    fn required(&mut self, field: &str, value: &str, max: usize) {
        let v = value.trim();
        if v.is_empty() {
            self.add(field, "Required.");
        } else if v.chars().count() > max {
            self.add(field, format!("At most {max} characters."));
        }
    }

    fn optional(&mut self, field: &str, value: &str, max: usize) {
        if value.trim().chars().count() > max {
            self.add(field, format!("At most {max} characters."));
        }
    }
}

/// A stored identifier the file takes as is only in its canonical form (`establishment`'s rules).
fn canonical(p: &mut Problems, field: &str, stored: &str, rule: fn(&str) -> Result<String, &'static str>) {
    match rule(stored) {
        Ok(c) if c == stored => {}
        Ok(c) => p.add(field, format!("Write it as {c}.")),
        Err(why) => p.add(field, why),
    }
}

fn check_establishment(p: &mut Problems, e: &Establishment) {
    p.required("establishment_name", &e.name, 100);
    canonical(p, "ein", &e.ein, establishment::ein);
    p.optional("company_name", &e.company_name, 100);
    p.required("street_address", &e.street_address, 100);
    p.required("city", &e.city, 100);
    canonical(p, "state", &e.state, establishment::state);
    canonical(p, "zip", &e.zip, establishment::zip);
    canonical(p, "naics_code", &e.naics_code, establishment::naics);
    p.optional("industry_description", &e.industry_description, 300);
    if e.establishment_type.is_none() {
        p.add("establishment_type", "Choose private, state government or local government.");
    }
}

fn written(out: CsvFile) -> Result<String, Vec<FieldProblem>> {
    out.finish().map_err(|why| vec![FieldProblem { case_number: None, field: "file".into(), message: why }])
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%m/%d/%Y").to_string()).unwrap_or_default()
}

fn time(t: Option<NaiveTime>) -> String {
    t.map(|t| t.format("%H:%M").to_string()).unwrap_or_default()
}

fn flag(b: Option<bool>) -> String {
    b.map(|b| if b { "1" } else { "0" }.to_string()).unwrap_or_default()
}

/// The 300A file (one establishment, one year), or every failing field.
pub fn summary_csv(e: &Establishment, s: &Summary) -> Result<String, Vec<FieldProblem>> {
    let mut p = Problems { case: None, list: Vec::new() };
    check_establishment(&mut p, e);
    if s.annual_average_employees == 0 {
        p.add("annual_average_employees", "More than 0.");
    }
    if s.total_hours_worked == 0 {
        p.add("total_hours_worked", "More than 0.");
    } else if s.annual_average_employees > 0 && s.total_hours_worked / s.annual_average_employees as u64 > 8_760 {
        p.add("total_hours_worked", "More hours per employee than a year has; check both figures.");
    }
    let by_type: u32 = s.by_type.iter().sum();
    if by_type != s.cases() {
        p.add(
            "total_injuries",
            format!("Case types add up to {by_type} but the outcomes (G+H+I+J) to {}; they must be equal.", s.cases()),
        );
    }
    if (s.dafw_cases == 0) != (s.dafw_days == 0) {
        p.add("total_dafw_days", "Days away and days-away cases go together: both 0 or both more than 0.");
    }
    if s.djtr_cases > 0 && s.djtr_days == 0 {
        p.add("total_djtr_days", "Job transfer or restriction cases need their days.");
    }
    p.optional("change_reason", &s.change_reason, 500);
    if !p.list.is_empty() {
        return Err(p.list);
    }
    let mut out = CsvFile::exact();
    out.row(SUMMARY_HEADER);
    let mut row = vec![
        e.name.trim().to_string(),
        e.ein.trim().to_string(),
        e.company_name.trim().to_string(),
        e.street_address.trim().to_string(),
        e.city.trim().to_string(),
        e.state.trim().to_string(),
        e.zip.trim().to_string(),
        e.naics_code.trim().to_string(),
        e.industry_description.trim().to_string(),
        size_code(s.annual_average_employees).to_string(),
        e.establishment_type.map(|t| t.code()).unwrap_or(1).to_string(),
        s.year.to_string(),
        s.annual_average_employees.to_string(),
        s.total_hours_worked.to_string(),
        if s.cases() > 0 { "1" } else { "2" }.to_string(),
    ];
    for n in [s.deaths, s.dafw_cases, s.djtr_cases, s.other_cases, s.dafw_days, s.djtr_days] {
        row.push(n.to_string());
    }
    row.extend(s.by_type.iter().map(|n| n.to_string()));
    row.push(s.change_reason.trim().to_string());
    out.row(&row);
    written(out)
}

fn check_case(p: &mut Problems, year: i32, c: &CaseRecord) {
    p.required("case_number", &c.case_number, 100);
    p.required("job_title", &c.job_title, 100);
    if c.date_of_incident.format("%Y").to_string() != year.to_string() {
        p.add("date_of_incident", format!("Not in {year}: the case belongs on another year's log."));
    }
    p.optional("incident_location", &c.incident_location, 100);
    p.required("incident_description", &c.incident_description, 1000);
    match c.outcome {
        Outcome::Death => {
            if c.date_of_death.is_none() {
                p.add("date_of_death", "Required for a death.");
            }
            if c.dafw_num_away + c.djtr_num_tr > 0 {
                p.add("dafw_num_away", "A death records no day counts.");
            }
        }
        Outcome::DaysAway if c.dafw_num_away == 0 => p.add("dafw_num_away", "A days-away case needs its days away."),
        Outcome::JobTransferOrRestriction if c.djtr_num_tr == 0 => {
            p.add("djtr_num_tr", "A job transfer or restriction case needs its days.")
        }
        Outcome::JobTransferOrRestriction if c.dafw_num_away > 0 => {
            p.add("dafw_num_away", "Days away make this a days-away case (H).")
        }
        Outcome::OtherRecordable if c.dafw_num_away + c.djtr_num_tr > 0 => {
            p.add("incident_outcome", "Days away or restricted make this an H or I case.")
        }
        _ => {}
    }
    if c.outcome != Outcome::Death && c.date_of_death.is_some() {
        p.add("date_of_death", "Only for a death.");
    }
    if c.dafw_num_away + c.djtr_num_tr > super::days::CAP {
        p.add("dafw_num_away", "Days away and restricted together are capped at 180.");
    }
    if c.date_of_death.is_some_and(|d| d < c.date_of_incident) {
        p.add("date_of_death", "Before the date of the incident.");
    }
    if c.date_of_birth.is_some_and(|d| d >= c.date_of_incident) {
        p.add("date_of_birth", "Must be before the date of the incident.");
    }
    if c.date_of_hire.is_some_and(|d| d > c.date_of_incident) {
        p.add("date_of_hire", "After the date of the incident.");
    }
    if !matches!(c.sex.trim(), "" | "M" | "F") {
        p.add("sex", "M, F or blank.");
    }
    p.optional("nar_before_incident", &c.nar_before_incident, 1000);
    p.required("nar_what_happened", &c.nar_what_happened, 1000);
    p.required("nar_injury_illness", &c.nar_injury_illness, 1000);
    p.optional("nar_object_substance", &c.nar_object_substance, 1000);
}

/// The case data file for one establishment and year, or every failing field of every case.
pub fn cases_csv(e: &Establishment, year: i32, cases: &[CaseRecord]) -> Result<String, Vec<FieldProblem>> {
    let mut p = Problems { case: None, list: Vec::new() };
    p.required("establishment_name", &e.name, 100);
    for c in cases {
        p.case = Some(c.case_number.clone());
        check_case(&mut p, year, c);
    }
    if !p.list.is_empty() {
        return Err(p.list);
    }
    let mut out = CsvFile::exact();
    out.row(CASE_HEADER);
    for c in cases {
        out.row([
            e.name.trim().to_string(),
            year.to_string(),
            c.case_number.trim().to_string(),
            c.job_title.trim().to_string(),
            date(Some(c.date_of_incident)),
            c.incident_location.trim().to_string(),
            c.incident_description.trim().to_string(),
            c.outcome.ita_code().to_string(),
            c.dafw_num_away.to_string(),
            c.djtr_num_tr.to_string(),
            c.case_type.number().to_string(),
            date(c.date_of_birth),
            date(c.date_of_hire),
            c.sex.trim().to_string(),
            flag(c.treated_in_emergency_room),
            flag(c.hospitalized_overnight),
            time(c.time_started_work),
            time(c.time_of_incident),
            if c.time_of_incident.is_none() { "1" } else { "0" }.to_string(),
            c.nar_before_incident.trim().to_string(),
            c.nar_what_happened.trim().to_string(),
            c.nar_injury_illness.trim().to_string(),
            c.nar_object_substance.trim().to_string(),
            date(c.date_of_death),
        ]);
    }
    written(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn est() -> Establishment {
        Establishment {
            name: "Riverside Press Shop".into(),
            ein: "123456789".into(),
            company_name: "Gemba Demo Manufacturing, Inc.".into(),
            street_address: "100 Mill Road".into(),
            city: "Riverside".into(),
            state: "TX".into(),
            zip: "75001".into(),
            naics_code: "336370".into(),
            industry_description: "Motor vehicle metal stamping".into(),
            establishment_type: Some(EstablishmentType::Private),
        }
    }

    fn summary() -> Summary {
        Summary {
            year: 2026,
            annual_average_employees: 142,
            total_hours_worked: 281_000,
            deaths: 0,
            dafw_cases: 1,
            djtr_cases: 1,
            other_cases: 2,
            dafw_days: 12,
            djtr_days: 5,
            by_type: [3, 1, 0, 0, 0, 0],
            change_reason: String::new(),
        }
    }

    fn case() -> CaseRecord {
        CaseRecord {
            case_number: "2026-003".into(),
            job_title: "Press operator".into(),
            date_of_incident: "2026-03-14".parse().unwrap(),
            incident_location: "Press line 2".into(),
            incident_description: "Hand caught, \"pinch point\", at die change".into(),
            outcome: Outcome::DaysAway,
            dafw_num_away: 12,
            djtr_num_tr: 3,
            case_type: CaseType::Injury,
            date_of_birth: Some("1988-07-02".parse().unwrap()),
            date_of_hire: Some("2019-01-07".parse().unwrap()),
            sex: "F".into(),
            treated_in_emergency_room: Some(true),
            hospitalized_overnight: Some(false),
            time_started_work: Some(NaiveTime::from_hms_opt(6, 0, 0).unwrap()),
            time_of_incident: None,
            nar_before_incident: "Changing the die".into(),
            nar_what_happened: "The die shifted,\nhand was pinched".into(),
            nar_injury_illness: "Fractured finger".into(),
            nar_object_substance: "Die".into(),
            date_of_death: None,
        }
    }

    #[test]
    fn the_300a_file_has_the_exact_header_codes_and_zeros() {
        let csv = summary_csv(&est(), &summary()).unwrap();
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], SUMMARY_HEADER.join(","));
        assert_eq!(
            lines[1],
            "Riverside Press Shop,123456789,\"Gemba Demo Manufacturing, Inc.\",100 Mill Road,Riverside,TX,75001,336370,\
             Motor vehicle metal stamping,22,1,2026,142,281000,1,0,1,1,2,12,5,3,1,0,0,0,0,"
        );
        assert_eq!(lines[2], "", "CRLF after the last record");
        // a year without cases: "2" and zeros, never blanks
        let none =
            Summary { year: 2026, annual_average_employees: 15, total_hours_worked: 30_000, ..Default::default() };
        let csv = summary_csv(&est(), &none).unwrap();
        assert!(csv.split("\r\n").nth(1).unwrap().ends_with(",1,1,2026,15,30000,2,0,0,0,0,0,0,0,0,0,0,0,0,"), "{csv}");
        assert_eq!([19, 20, 99, 100, 249, 250].map(size_code), [1, 21, 21, 22, 22, 3]);
    }

    #[test]
    fn every_failing_summary_field_is_named() {
        let bad = Establishment {
            ein: "12-3456789".into(),
            state: "Texas".into(),
            zip: "7500".into(),
            naics_code: "3363".into(),
            establishment_type: None,
            ..est()
        };
        let mut s = summary();
        s.by_type = [1, 0, 0, 0, 0, 0];
        s.dafw_days = 0;
        s.annual_average_employees = 0;
        let errs = summary_csv(&bad, &s).unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "ein",
                "state",
                "zip",
                "naics_code",
                "establishment_type",
                "annual_average_employees",
                "total_injuries",
                "total_dafw_days"
            ]
        );
        assert!(errs[6].message.contains("add up to 1") && errs[6].message.contains("to 4"));
    }

    #[test]
    fn the_case_file_quotes_codes_and_dates_as_ita_expects() {
        let csv = cases_csv(&est(), 2026, &[case()]).unwrap();
        let mut rows = csv.split("\r\n");
        assert_eq!(rows.next().unwrap(), CASE_HEADER.join(","));
        let row = rows.next().unwrap();
        assert!(row.starts_with(
            "Riverside Press Shop,2026,2026-003,Press operator,03/14/2026,Press line 2,\
             \"Hand caught, \"\"pinch point\"\", at die change\",2,12,3,1,07/02/1988,01/07/2019,F,1,0,06:00,,1,Changing the die,\
             \"The die shifted,"
        ), "{row}");
        assert!(csv.contains("hand was pinched\",Fractured finger,Die,\r\n"));
        assert!(!CASE_HEADER.iter().any(|h| h.contains("employee") || h.contains("address")), "no name or address");
    }

    #[test]
    fn every_failing_case_field_is_named_with_its_case() {
        let mut a = case();
        a.outcome = Outcome::Death;
        a.nar_what_happened = " ".into();
        let mut b = case();
        b.case_number = "2026-004".into();
        b.date_of_incident = "2025-12-30".parse().unwrap();
        b.outcome = Outcome::JobTransferOrRestriction;
        b.djtr_num_tr = 0;
        b.sex = "X".into();
        let errs = cases_csv(&est(), 2026, &[a, b]).unwrap_err();
        let got: Vec<(String, String)> =
            errs.iter().map(|e| (e.case_number.clone().unwrap_or_default(), e.field.clone())).collect();
        let want = [
            ("2026-003", "date_of_death"),
            ("2026-003", "dafw_num_away"),
            ("2026-003", "nar_what_happened"),
            ("2026-004", "date_of_incident"),
            ("2026-004", "djtr_num_tr"),
            ("2026-004", "sex"),
        ];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }
}
