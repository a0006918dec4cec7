//! OSHA-1..OSHA-3: is an injury or illness recordable, and which rule decided it.
use serde::{Deserialize, Serialize};

/// OSHA-2: the CLOSED first-aid list, 1904.7(b)(5)(ii)(A)-(N). Anything else is medical treatment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FirstAid {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H,
    I,
    J,
    K,
    L,
    M,
    N,
}

impl FirstAid {
    pub const ALL: [FirstAid; 14] = [
        FirstAid::A,
        FirstAid::B,
        FirstAid::C,
        FirstAid::D,
        FirstAid::E,
        FirstAid::F,
        FirstAid::G,
        FirstAid::H,
        FirstAid::I,
        FirstAid::J,
        FirstAid::K,
        FirstAid::L,
        FirstAid::M,
        FirstAid::N,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FirstAid::A => "Non-prescription medicine at non-prescription strength",
            FirstAid::B => "Tetanus immunization",
            FirstAid::C => "Cleaning, flushing or soaking a surface wound",
            FirstAid::D => "Wound covering, bandage, butterfly bandage or Steri-Strip",
            FirstAid::E => "Hot or cold therapy",
            FirstAid::F => "Non-rigid support (elastic wrap, non-rigid back belt)",
            FirstAid::G => "Temporary immobilization for transport",
            FirstAid::H => "Drilling a nail or draining a blister",
            FirstAid::I => "Eye patch",
            FirstAid::J => "Foreign body removed from the eye by irrigation or cotton swab",
            FirstAid::K => "Splinter removed (not from the eye) by irrigation, tweezers or swab",
            FirstAid::L => "Finger guard",
            FirstAid::M => "Massage",
            FirstAid::N => "Drinking fluids for heat stress",
        }
    }

    pub fn code(self) -> char {
        (b'A' + FirstAid::ALL.iter().position(|f| *f == self).unwrap_or(0) as u8) as char
    }

    pub fn parse(code: &str) -> Option<FirstAid> {
        let c = code.trim().to_ascii_uppercase();
        FirstAid::ALL.iter().copied().find(|f| c.len() == 1 && c.starts_with(f.code()))
    }
}

/// What care was given or recommended (OSHA-2). Diagnostic procedures and observation or
/// counselling visits are not treatment at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Care {
    FirstAid(FirstAid),
    /// Non-prescription medicine recommended or given at prescription strength.
    OtcAtPrescriptionStrength,
    /// Sutures, staples or surgical glue.
    WoundClosure,
    /// Rigid splints, stays or casts.
    RigidSupport,
    /// Physical therapy or chiropractic treatment.
    Therapy,
    PrescriptionMedicine,
    /// Any other treatment, described (not on the first-aid list, so medical treatment).
    Other(String),
    /// X-rays, blood tests and other diagnostic procedures.
    Diagnostic,
    /// Observation or counselling.
    Observation,
}

impl Care {
    /// Medical treatment beyond first aid (OSHA-2)?
    pub fn is_medical_treatment(&self) -> bool {
        !matches!(self, Care::FirstAid(_) | Care::Diagnostic | Care::Observation)
    }

    pub fn label(&self) -> String {
        match self {
            Care::FirstAid(f) => format!("first aid {}: {}", f.code(), f.label()),
            Care::OtcAtPrescriptionStrength => "non-prescription medicine at prescription strength".into(),
            Care::WoundClosure => "sutures, staples or surgical glue".into(),
            Care::RigidSupport => "rigid support (splint, stays, cast)".into(),
            Care::Therapy => "physical therapy or chiropractic treatment".into(),
            Care::PrescriptionMedicine => "prescription medicine".into(),
            Care::Other(d) => d.trim().to_string(),
            Care::Diagnostic => "diagnostic procedure".into(),
            Care::Observation => "observation or counselling".into(),
        }
    }
}

/// One item of care: given, or recommended by a physician or licensed health care professional
/// and declined by the employee (a recommended treatment counts even if declined).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CareItem {
    pub care: Care,
    pub declined: bool,
}

/// OSHA-1's significant diagnoses by a physician or licensed health care professional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignificantDiagnosis {
    Cancer,
    ChronicIrreversibleDisease,
    FracturedBoneOrTooth,
    PuncturedEardrum,
}

/// One ear's audiograms (1904.10): hearing thresholds in dB at 2000, 3000 and 4000 Hz, the
/// baseline and the current test (age-corrected values may be entered, as 1904.10(b)(3) allows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ear {
    pub baseline: [i32; 3],
    pub current: [i32; 3],
}

impl Ear {
    /// A standard threshold shift: the average change from the baseline at the three
    /// frequencies is 10 dB or more (compared as sums, so no rounding).
    pub fn standard_threshold_shift(&self) -> bool {
        self.current.iter().sum::<i32>() - self.baseline.iter().sum::<i32>() >= 30
    }

    /// The current hearing level averages 25 dB or more above audiometric zero.
    pub fn level_25_db_or_more(&self) -> bool {
        self.current.iter().sum::<i32>() >= 75
    }

    /// 1904.10(a): both, in the same ear.
    pub fn recordable_hearing_loss(&self) -> bool {
        self.standard_threshold_shift() && self.level_25_db_or_more()
    }
}

/// The facts the guided form asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    pub work_related: bool,
    pub new_case: bool,
    pub death: bool,
    /// Days away from work after the day of injury (or recommended ones).
    pub days_away: bool,
    /// Restricted work or job transfer, by the days after the injury day.
    pub restricted_after_injury_day: bool,
    /// Restricted work only on the day of injury (OSHA-3: does not count).
    pub restricted_on_injury_day_only: bool,
    pub care: Vec<CareItem>,
    pub loss_of_consciousness: bool,
    pub significant_diagnosis: Option<SignificantDiagnosis>,
    /// 1904.8: a needlestick or cut from a sharp object contaminated with another person's blood
    /// or other potentially infectious material.
    #[serde(default)]
    pub contaminated_sharp: bool,
    /// 1904.9: removed from work under the medical surveillance requirements of an OSHA standard.
    #[serde(default)]
    pub medical_removal: bool,
    /// 1904.10: the audiograms of the ears tested (left, right).
    #[serde(default)]
    pub hearing: [Option<Ear>; 2],
    /// 1904.11: exposed at work to a known case of active tuberculosis, then infected (a positive
    /// skin test or a diagnosis by a physician or licensed health care professional).
    #[serde(default)]
    pub tuberculosis_after_exposure: bool,
}

/// The rule that decided, in the order they are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rule {
    NotWorkRelated,
    NotANewCase,
    Death,
    DaysAway,
    RestrictedWork,
    MedicalTreatment,
    LossOfConsciousness,
    SignificantDiagnosis,
    RestrictionOnInjuryDayOnly,
    FirstAidOnly,
    NoGeneralCriterion,
    ContaminatedSharp,
    MedicalRemoval,
    HearingLoss,
    Tuberculosis,
}

impl Rule {
    /// The rule as shown with the decision.
    pub fn text(self) -> &'static str {
        match self {
            Rule::NotWorkRelated => "OSHA-1: not work-related, so not recordable",
            Rule::NotANewCase => "OSHA-1: not a new case (update the existing case instead)",
            Rule::Death => "OSHA-1: death",
            Rule::DaysAway => "OSHA-1: days away from work",
            Rule::RestrictedWork => "OSHA-1: restricted work or job transfer",
            Rule::MedicalTreatment => "OSHA-1/OSHA-2: medical treatment beyond first aid",
            Rule::LossOfConsciousness => "OSHA-1: loss of consciousness",
            Rule::SignificantDiagnosis => {
                "OSHA-1: significant injury or illness diagnosed by a physician or licensed health care professional"
            }
            Rule::RestrictionOnInjuryDayOnly => "OSHA-3: a restriction only on the day of injury does not count",
            Rule::FirstAidOnly => "OSHA-2: first aid only (closed list)",
            Rule::NoGeneralCriterion => "OSHA-1: no general recording criterion met",
            Rule::ContaminatedSharp => {
                "1904.8: needlestick or cut from a sharp contaminated with another person's blood or other potentially infectious material (an injury; a privacy case)"
            }
            Rule::MedicalRemoval => {
                "1904.9: medical removal under the medical surveillance requirements of an OSHA standard"
            }
            Rule::HearingLoss => {
                "1904.10: standard threshold shift of 10 dB or more (average at 2000, 3000 and 4000 Hz) with a hearing level of 25 dB or more in the same ear (an illness, column M(5) hearing loss)"
            }
            Rule::Tuberculosis => {
                "1904.11: tuberculosis infection after exposure at work to a known case of active tuberculosis"
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub recordable: bool,
    pub rule: Rule,
    /// The rule's text and, for treatment, what the treatment was.
    pub explanation: String,
}

/// The first special criterion the facts meet.
fn special(f: &Facts) -> Option<Rule> {
    if f.contaminated_sharp {
        Some(Rule::ContaminatedSharp)
    } else if f.medical_removal {
        Some(Rule::MedicalRemoval)
    } else if f.hearing.iter().flatten().any(Ear::recordable_hearing_loss) {
        Some(Rule::HearingLoss)
    } else if f.tuberculosis_after_exposure {
        Some(Rule::Tuberculosis)
    } else {
        None
    }
}

impl Facts {
    /// Recorded in column M(5): a hearing loss that meets 1904.10 (whatever rule recorded it).
    pub fn hearing_loss(&self) -> bool {
        self.hearing.iter().flatten().any(Ear::recordable_hearing_loss)
    }

    /// A privacy case by 1904.29(b)(7)(vi): a contaminated needlestick or sharp.
    pub fn privacy_case(&self) -> bool {
        self.contaminated_sharp
    }
}

impl Rule {
    /// The special criteria (1904.8-1904.11): the case is recorded whatever the general
    /// criteria say, and each says how.
    pub fn is_special(self) -> bool {
        matches!(self, Rule::ContaminatedSharp | Rule::MedicalRemoval | Rule::HearingLoss | Rule::Tuberculosis)
    }
}

/// Applies OSHA-1..OSHA-3 in order, then the special criteria (1904.8-1904.11) where no general
/// one recorded the case; the first rule that settles the case decides it. A hearing loss or a
/// contaminated sharp recorded under a general criterion still says so (column M(5), privacy):
/// see [`Facts::hearing_loss`] and [`Facts::privacy_case`].
pub fn decide(f: &Facts) -> Decision {
    let d = |recordable, rule: Rule, detail: Option<String>| Decision {
        recordable,
        rule,
        explanation: match detail {
            Some(x) => format!("{}: {x}", rule.text()),
            None => rule.text().to_string(),
        },
    };
    if !f.work_related {
        return d(false, Rule::NotWorkRelated, None);
    }
    if !f.new_case {
        return d(false, Rule::NotANewCase, None);
    }
    if f.death {
        return d(true, Rule::Death, None);
    }
    if f.days_away {
        return d(true, Rule::DaysAway, None);
    }
    if f.restricted_after_injury_day {
        return d(true, Rule::RestrictedWork, None);
    }
    if let Some(item) = f.care.iter().find(|c| c.care.is_medical_treatment()) {
        let what = if item.declined {
            format!("{} (recommended, declined by the employee: still counts)", item.care.label())
        } else {
            item.care.label()
        };
        return d(true, Rule::MedicalTreatment, Some(what));
    }
    if f.loss_of_consciousness {
        return d(true, Rule::LossOfConsciousness, None);
    }
    if let Some(s) = f.significant_diagnosis {
        let what = match s {
            SignificantDiagnosis::Cancer => "cancer",
            SignificantDiagnosis::ChronicIrreversibleDisease => "chronic irreversible disease",
            SignificantDiagnosis::FracturedBoneOrTooth => "fractured or cracked bone or tooth",
            SignificantDiagnosis::PuncturedEardrum => "punctured eardrum",
        };
        return d(true, Rule::SignificantDiagnosis, Some(what.into()));
    }
    if let Some(rule) = special(f) {
        return d(true, rule, None);
    }
    if f.restricted_on_injury_day_only {
        return d(false, Rule::RestrictionOnInjuryDayOnly, None);
    }
    if f.care.iter().any(|c| matches!(c.care, Care::FirstAid(_))) {
        return d(false, Rule::FirstAidOnly, None);
    }
    d(false, Rule::NoGeneralCriterion, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Facts {
        Facts { work_related: true, new_case: true, ..Default::default() }
    }

    fn given(care: Care) -> CareItem {
        CareItem { care, declined: false }
    }

    #[test]
    fn osha_1_gates_and_criteria_in_order() {
        let mut f = base();
        f.work_related = false;
        f.death = true;
        assert_eq!(decide(&f).rule, Rule::NotWorkRelated);
        assert!(!decide(&f).recordable);
        let mut f = base();
        f.new_case = false;
        f.days_away = true;
        assert_eq!(decide(&f).rule, Rule::NotANewCase);
        let mut f = base();
        f.death = true;
        f.days_away = true;
        assert_eq!((decide(&f).recordable, decide(&f).rule), (true, Rule::Death));
        let mut f = base();
        f.days_away = true;
        assert_eq!(decide(&f).rule, Rule::DaysAway);
        let mut f = base();
        f.loss_of_consciousness = true;
        assert_eq!((decide(&f).recordable, decide(&f).rule), (true, Rule::LossOfConsciousness));
        let mut f = base();
        f.significant_diagnosis = Some(SignificantDiagnosis::FracturedBoneOrTooth);
        let dec = decide(&f);
        assert!(dec.recordable);
        assert!(dec.explanation.contains("fractured or cracked bone or tooth"), "{}", dec.explanation);
        assert_eq!(decide(&base()).rule, Rule::NoGeneralCriterion);
    }

    #[test]
    fn osha_2_first_aid_is_a_closed_list() {
        let mut f = base();
        f.care = FirstAid::ALL.iter().map(|a| given(Care::FirstAid(*a))).collect();
        f.care.push(given(Care::Diagnostic));
        f.care.push(given(Care::Observation));
        let d = decide(&f);
        assert_eq!((d.recordable, d.rule), (false, Rule::FirstAidOnly));
        // anything not on the list is medical treatment, whoever gives it
        for care in [
            Care::WoundClosure,
            Care::RigidSupport,
            Care::Therapy,
            Care::PrescriptionMedicine,
            Care::OtcAtPrescriptionStrength,
            Care::Other("oxygen".into()),
        ] {
            let mut f = base();
            f.care = vec![given(Care::FirstAid(FirstAid::D)), given(care.clone())];
            let d = decide(&f);
            assert_eq!((d.recordable, d.rule), (true, Rule::MedicalTreatment), "{care:?}");
            assert!(d.explanation.contains(&care.label()));
        }
        assert_eq!(FirstAid::parse("k"), Some(FirstAid::K));
        assert_eq!(FirstAid::parse("O"), None);
        assert_eq!(FirstAid::N.code(), 'N');
    }

    #[test]
    fn osha_2_a_recommended_treatment_counts_even_if_declined() {
        let mut f = base();
        f.care = vec![CareItem { care: Care::PrescriptionMedicine, declined: true }];
        let d = decide(&f);
        assert!(d.recordable);
        assert!(d.explanation.contains("declined"), "{}", d.explanation);
    }

    #[test]
    fn osha_3_restriction_only_on_the_injury_day_does_not_count() {
        let mut f = base();
        f.restricted_on_injury_day_only = true;
        f.care = vec![given(Care::FirstAid(FirstAid::E))];
        let d = decide(&f);
        assert_eq!((d.recordable, d.rule), (false, Rule::RestrictionOnInjuryDayOnly));
        f.restricted_after_injury_day = true;
        assert_eq!(decide(&f).rule, Rule::RestrictedWork);
    }

    /// The table: every first-aid item alone, every general criterion alone, every significant
    /// diagnosis, each with the rule that must decide it.
    #[test]
    fn table_of_single_facts_and_the_rule_that_decides() {
        for a in FirstAid::ALL {
            let mut f = base();
            f.care = vec![given(Care::FirstAid(a))];
            let d = decide(&f);
            assert_eq!((d.recordable, d.rule), (false, Rule::FirstAidOnly), "first aid {}", a.code());
        }
        type Set = fn(&mut Facts);
        let table: [(Set, bool, Rule); 9] = [
            (|f| f.death = true, true, Rule::Death),
            (|f| f.days_away = true, true, Rule::DaysAway),
            (|f| f.restricted_after_injury_day = true, true, Rule::RestrictedWork),
            (|f| f.care = vec![CareItem { care: Care::Therapy, declined: false }], true, Rule::MedicalTreatment),
            (|f| f.loss_of_consciousness = true, true, Rule::LossOfConsciousness),
            (|f| f.restricted_on_injury_day_only = true, false, Rule::RestrictionOnInjuryDayOnly),
            (|f| f.care = vec![CareItem { care: Care::Diagnostic, declined: false }], false, Rule::NoGeneralCriterion),
            (|f| f.work_related = false, false, Rule::NotWorkRelated),
            (|f| f.new_case = false, false, Rule::NotANewCase),
        ];
        for (i, (set, recordable, rule)) in table.iter().enumerate() {
            let mut f = base();
            set(&mut f);
            let d = decide(&f);
            assert_eq!((d.recordable, d.rule), (*recordable, *rule), "row {i}");
            assert!(d.explanation.starts_with(rule.text()), "row {i}: {}", d.explanation);
        }
        for s in [
            SignificantDiagnosis::Cancer,
            SignificantDiagnosis::ChronicIrreversibleDisease,
            SignificantDiagnosis::FracturedBoneOrTooth,
            SignificantDiagnosis::PuncturedEardrum,
        ] {
            let mut f = base();
            f.significant_diagnosis = Some(s);
            assert_eq!((decide(&f).recordable, decide(&f).rule), (true, Rule::SignificantDiagnosis), "{s:?}");
        }
    }

    #[test]
    fn special_criteria_record_what_the_general_ones_would_not() {
        // 1904.8: a contaminated needlestick treated with first aid only is recordable and private
        let mut f = base();
        f.care = vec![given(Care::FirstAid(FirstAid::C))];
        assert_eq!(decide(&f).rule, Rule::FirstAidOnly);
        f.contaminated_sharp = true;
        let d = decide(&f);
        assert!(d.recordable && d.rule == Rule::ContaminatedSharp, "{d:?}");
        assert!(d.explanation.contains("privacy case") && f.privacy_case());
        // a general criterion still decides first, and the case stays private
        f.care.push(given(Care::WoundClosure));
        assert_eq!(decide(&f).rule, Rule::MedicalTreatment);
        assert!(f.privacy_case());
        // 1904.9 and 1904.11
        let mut f = base();
        f.medical_removal = true;
        assert_eq!(decide(&f).rule, Rule::MedicalRemoval);
        let mut f = base();
        f.tuberculosis_after_exposure = true;
        assert_eq!(decide(&f).rule, Rule::Tuberculosis);
        // the gates still come first: not work-related is not recorded
        f.work_related = false;
        assert!(!decide(&f).recordable);
    }

    #[test]
    fn hearing_loss_needs_a_10_db_shift_and_a_25_db_level_in_the_same_ear() {
        let ear = |baseline: [i32; 3], current: [i32; 3]| Some(Ear { baseline, current });
        let mut f = base();
        // a 10 dB average shift (30 over the three frequencies) to an average of 25 dB: recorded
        f.hearing = [ear([10, 15, 20], [20, 25, 30]), None];
        let d = decide(&f);
        assert!(d.recordable && d.rule == Rule::HearingLoss && f.hearing_loss(), "{d:?}");
        assert!(d.explanation.contains("M(5)"));
        // 9.7 dB average shift: not a standard threshold shift
        f.hearing = [ear([10, 15, 20], [20, 25, 29]), None];
        assert!(!decide(&f).recordable);
        // a shift of 10 dB to an average of 23.3 dB: below 25 dB, not recorded
        f.hearing = [ear([5, 10, 15], [15, 20, 35]), None];
        assert!(!f.hearing_loss());
        // shift in one ear and level in the other: not the same ear
        f.hearing = [ear([0, 0, 0], [10, 10, 10]), ear([30, 30, 30], [30, 30, 35])];
        assert!(!decide(&f).recordable);
        // the right ear alone
        f.hearing = [None, ear([20, 20, 20], [30, 30, 30])];
        assert_eq!(decide(&f).rule, Rule::HearingLoss);
    }

    #[test]
    fn facts_stored_before_the_special_criteria_still_read() {
        let old = r#"{"work_related":true,"new_case":true,"death":false,"days_away":false,"restricted_after_injury_day":false,"restricted_on_injury_day_only":false,"care":[],"loss_of_consciousness":false,"significant_diagnosis":null}"#;
        let f: Facts = serde_json::from_str(old).unwrap();
        assert!(!f.contaminated_sharp && f.hearing == [None, None]);
    }
}
