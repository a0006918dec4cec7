//! Safety events as reported from the floor, and their investigation (5-Why, cause category).
use serde::{Deserialize, Serialize};

use crate::code::codes;

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
pub enum EventKind {
    #[strum(serialize = "injury_illness", message = "Injury or illness")]
    InjuryIllness,
    #[strum(serialize = "near_miss", message = "Near miss")]
    NearMiss,
    #[strum(serialize = "hazard", message = "Hazard observation")]
    Hazard,
    #[strum(serialize = "property_damage", message = "Property damage")]
    PropertyDamage,
    #[strum(serialize = "environmental_release", message = "Environmental release")]
    EnvironmentalRelease,
}

codes!(EventKind);

impl EventKind {
    /// Only hazard observations may be sent without a name, and only where the site allows it.
    pub fn may_be_anonymous(self) -> bool {
        self == EventKind::Hazard
    }

    /// Its details are medical: only the reporter and those who may see medical details read them.
    pub fn is_medical(self) -> bool {
        self == EventKind::InjuryIllness
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
pub enum EventStatus {
    #[strum(serialize = "reported", message = "Reported")]
    Reported,
    #[strum(serialize = "investigating", message = "Under investigation")]
    Investigating,
    #[strum(serialize = "closed", message = "Closed")]
    Closed,
}

codes!(EventStatus);

/// Root-cause categories of an investigation.
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
pub enum CauseCategory {
    #[strum(serialize = "people", message = "People (training, fatigue, behaviour)")]
    People,
    #[strum(serialize = "method", message = "Method (procedure, instruction)")]
    Method,
    #[strum(serialize = "machine", message = "Machine (equipment, guarding, tool)")]
    Machine,
    #[strum(serialize = "material", message = "Material (substance, part)")]
    Material,
    #[strum(serialize = "environment", message = "Environment (layout, lighting, weather)")]
    Environment,
    #[strum(serialize = "management", message = "Management (planning, supervision, resources)")]
    Management,
}

codes!(CauseCategory);

/// At most five answers to "why?", blank ones dropped, each at most 500 characters.
pub fn five_whys(answers: &[String]) -> Result<Vec<String>, &'static str> {
    let whys: Vec<String> = answers.iter().map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
    if whys.len() > 5 {
        return Err("Give at most five whys.");
    }
    if whys.iter().any(|w| w.chars().count() > 500) {
        return Err("Keep each why under 500 characters.");
    }
    Ok(whys)
}

/// An investigation can be closed once it names a root cause, its category and at least one why.
pub fn ready_to_close(whys: &[String], root_cause: &str, category: Option<CauseCategory>) -> Result<(), &'static str> {
    if whys.is_empty() {
        return Err("Answer at least the first why.");
    }
    if root_cause.trim().is_empty() {
        return Err("State the root cause.");
    }
    if category.is_none() {
        return Err("Choose the cause category.");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_only_hazards_go_anonymous() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::parse(k.as_str()), Some(*k));
        }
        assert!(EventKind::Hazard.may_be_anonymous());
        assert!(!EventKind::InjuryIllness.may_be_anonymous());
        assert!(EventKind::InjuryIllness.is_medical());
        assert!(!EventKind::NearMiss.is_medical());
    }

    #[test]
    fn whys_are_trimmed_and_limited() {
        let w = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(five_whys(&w(&[" guard off ", "", "bolt lost"])), Ok(w(&["guard off", "bolt lost"])));
        assert!(five_whys(&w(&["a", "b", "c", "d", "e", "f"])).is_err());
        assert_eq!(ready_to_close(&[], "x", Some(CauseCategory::Machine)), Err("Answer at least the first why."));
        assert_eq!(ready_to_close(&w(&["a"]), " ", Some(CauseCategory::Machine)), Err("State the root cause."));
        assert!(ready_to_close(&w(&["a"]), "no PM on guard", Some(CauseCategory::Machine)).is_ok());
    }
}
