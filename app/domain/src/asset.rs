//! Assets: a hierarchy of any depth under a site (area > line > machine > component), a tag unique
//! per site, criticality A/B/C, status.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::validation::{FieldErrors, required_text};
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
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
)]
pub enum Criticality {
    #[strum(serialize = "A", message = "A (critical)")]
    A,
    #[strum(serialize = "B", message = "B (important)")]
    B,
    #[strum(serialize = "C", message = "C (run to failure)")]
    C,
}

codes!(Criticality);

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
pub enum AssetStatus {
    #[strum(serialize = "running", message = "Running")]
    Running,
    #[strum(serialize = "down", message = "Down")]
    Down,
    #[strum(serialize = "standby", message = "Standby")]
    Standby,
    #[strum(serialize = "retired", message = "Retired")]
    Retired,
}

codes!(AssetStatus);

/// Asset tag: 1-40 characters, letters, digits, '-', '_', '.', '/', upper-cased.
pub fn parse_tag(raw: &str) -> Result<String, String> {
    let t = raw.trim().to_uppercase();
    if t.is_empty() {
        return Err("Enter a tag.".into());
    }
    if t.chars().count() > 40 {
        return Err("Use at most 40 characters.".into());
    }
    if !t.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')) {
        return Err("Use letters, digits and - _ . / only.".into());
    }
    Ok(t)
}

/// What a scan (or a typed code) names: the address printed in an asset's QR label
/// (`https://host/a/42`, whatever the host: labels outlive addresses), or a tag read off the plate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scanned {
    Label(i64),
    Tag(String),
    /// Neither: words to search assets by.
    Words(String),
}

pub fn scanned(raw: &str) -> Scanned {
    let raw = raw.trim();
    let path = raw.split(['?', '#']).next().unwrap_or_default().trim_end_matches('/');
    if let Some((before, id)) = path.rsplit_once("/a/")
        && (before.is_empty() || before.contains("://"))
        && let Ok(id) = id.parse::<i64>()
        && id > 0
    {
        return Scanned::Label(id);
    }
    match parse_tag(raw) {
        Ok(tag) => Scanned::Tag(tag),
        Err(_) => Scanned::Words(raw.to_string()),
    }
}

/// The editable fields of an asset, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssetFields {
    pub tag: String,
    pub name: String,
    pub category: String,
    pub criticality: Criticality,
    pub manufacturer: String,
    pub model: String,
    pub serial: String,
    pub install_date: Option<NaiveDate>,
    pub status: AssetStatus,
    pub notes: String,
    /// The energy-control (lockout/tagout) procedure: energy sources, isolation points, steps.
    pub energy_control: String,
    /// What to know before working on it (hazards, PPE).
    pub safety_notes: String,
}

/// Raw text as typed in a form or read from a CSV row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssetInput {
    pub tag: String,
    pub name: String,
    pub category: String,
    pub criticality: String,
    pub manufacturer: String,
    pub model: String,
    pub serial: String,
    pub install_date: String,
    pub status: String,
    pub notes: String,
    pub energy_control: String,
    pub safety_notes: String,
}

fn optional_text(e: &mut FieldErrors, field: &str, raw: &str, max: usize) -> String {
    let s = raw.trim();
    if s.chars().count() > max {
        e.add(field, format!("Use at most {max} characters."));
    }
    s.to_string()
}

impl AssetInput {
    pub fn validate(&self) -> Result<AssetFields, FieldErrors> {
        let mut e = FieldErrors::new();
        let tag = e.check("tag", parse_tag(&self.tag));
        let name = e.check("name", required_text(&self.name, 120));
        let category = optional_text(&mut e, "category", &self.category, 60);
        let criticality = match self.criticality.trim() {
            "" => Some(Criticality::C),
            c => e.check("criticality", Criticality::parse(&c.to_uppercase()).ok_or("Use A, B or C.")),
        };
        let status = match self.status.trim() {
            "" => Some(AssetStatus::Running),
            s => {
                e.check("status", AssetStatus::parse(&s.to_lowercase()).ok_or("Use running, down, standby or retired."))
            }
        };
        let install_date = match self.install_date.trim() {
            "" => None,
            d => e.check("install_date", crate::dates::ANY.parse(d, "Use a date like 2019-06-30.")),
        };
        let manufacturer = optional_text(&mut e, "manufacturer", &self.manufacturer, 80);
        let model = optional_text(&mut e, "model", &self.model, 80);
        let serial = optional_text(&mut e, "serial", &self.serial, 80);
        let notes = optional_text(&mut e, "notes", &self.notes, 4000);
        let energy_control = optional_text(&mut e, "energy_control", &self.energy_control, 4000);
        let safety_notes = optional_text(&mut e, "safety_notes", &self.safety_notes, 2000);
        let (tag, name, criticality, status) = e.finish((tag, name, criticality, status))?;
        Ok(AssetFields {
            tag,
            name,
            category,
            criticality,
            manufacturer,
            model,
            serial,
            install_date,
            status,
            notes,
            energy_control,
            safety_notes,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    #[error("An asset cannot be moved under itself or one of its own components.")]
    Cycle,
    #[error("The new parent belongs to another site.")]
    OtherSite,
}

/// Checks moving `asset` under `new_parent`, given the new parent's ancestor chain (nearest first,
/// the new parent included) and the sites involved.
/// Levels an asset hierarchy may have (area > line > machine > component > part ... leaves room);
/// a deeper one is refused where it would be made, so its storage stays linear.
pub const MAX_DEPTH: usize = 12;

/// Whether an asset may sit at `depth` (1 = top level).
pub fn check_depth(depth: usize) -> Result<(), String> {
    if depth > MAX_DEPTH {
        Err(format!("An asset hierarchy has at most {MAX_DEPTH} levels; this would make {depth}."))
    } else {
        Ok(())
    }
}

pub fn check_move(asset: i64, new_parent_chain: &[i64], same_site: bool) -> Result<(), MoveError> {
    if !same_site {
        return Err(MoveError::OtherSite);
    }
    if new_parent_chain.contains(&asset) {
        return Err(MoveError::Cycle);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(tag: &str, name: &str) -> AssetInput {
        AssetInput { tag: tag.into(), name: name.into(), ..Default::default() }
    }

    #[test]
    fn a_scan_reads_a_label_address_or_a_tag() {
        assert_eq!(scanned("https://gemba.plant.example/a/42"), Scanned::Label(42));
        assert_eq!(scanned(" http://10.0.0.5:3000/a/7/?x=1 "), Scanned::Label(7));
        assert_eq!(scanned("/a/9"), Scanned::Label(9));
        assert_eq!(scanned(" press-04 "), Scanned::Tag("PRESS-04".into()));
        // a tag may hold '/', an address of something else is not a label
        assert_eq!(scanned("L2/A/3"), Scanned::Tag("L2/A/3".into()));
        assert_eq!(scanned("https://example.com/a/zero"), Scanned::Words("https://example.com/a/zero".into()));
        assert_eq!(scanned("line 2 press"), Scanned::Words("line 2 press".into()));
    }

    #[test]
    fn defaults_and_normalisation() {
        let a = input(" press-04 ", "Hydraulic press 4").validate().unwrap();
        assert_eq!(a.tag, "PRESS-04");
        assert_eq!(a.criticality, Criticality::C);
        assert_eq!(a.status, AssetStatus::Running);
        let mut i = input("P1", "Press");
        i.criticality = "a".into();
        i.status = "Down".into();
        let a = i.validate().unwrap();
        assert_eq!((a.criticality, a.status), (Criticality::A, AssetStatus::Down));
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut i = input("bad tag!", "");
        i.criticality = "D".into();
        i.install_date = "30/06/2019".into();
        i.status = "broken".into();
        let e = i.validate().unwrap_err();
        for f in ["tag", "name", "criticality", "install_date", "status"] {
            assert!(e.get(f).is_some(), "{f}");
        }
    }

    #[test]
    fn moves_cannot_create_cycles_or_cross_sites() {
        // line 2 > machine 5 > component 9; move machine 5 under component 9: cycle
        assert_eq!(check_move(5, &[9, 5, 2], true), Err(MoveError::Cycle));
        assert_eq!(check_move(5, &[5], true), Err(MoveError::Cycle));
        assert_eq!(check_move(5, &[3, 1], true), Ok(()));
        assert_eq!(check_move(5, &[3, 1], false), Err(MoveError::OtherSite));
    }
}
