//! Audit and inspection data on the wire: templates and versions, audits with their answers and
//! score, findings.
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use domain::inspection::{ItemText, in_language};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionSummary {
    pub id: i64,
    pub version: i32,
    /// draft, published or retired
    pub state: String,
    pub published_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemplateDto {
    pub id: i64,
    pub code: String,
    pub name: String,
    /// inspection or audit
    pub category: String,
    pub versions: Vec<VersionSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemDto {
    pub index: i32,
    pub section: String,
    pub text: String,
    /// yes_no_na, pass_fail, rating, number, text or photo
    pub kind: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: String,
    pub weight: i32,
    pub critical: bool,
    pub guidance: String,
    pub clauses: Vec<String>,
    /// The item's words in other languages, by language code (`es`, `fr`); an empty field
    /// leaves the author's.
    #[serde(default)]
    pub translations: BTreeMap<String, ItemTextDto>,
}

/// An item's words in one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemTextDto {
    #[serde(default)]
    pub section: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub guidance: String,
}

impl From<&ItemText> for ItemTextDto {
    fn from(t: &ItemText) -> Self {
        ItemTextDto { section: t.section.clone(), text: t.text.clone(), guidance: t.guidance.clone() }
    }
}

impl ItemDto {
    /// The words for a reader of `lang`: the template's translation where it has one.
    pub fn in_language(&self, lang: &str) -> (String, String, String) {
        let tr = &self.translations;
        (
            in_language(&self.section, tr, lang, |t| &t.section).to_string(),
            in_language(&self.text, tr, lang, |t| &t.text).to_string(),
            in_language(&self.guidance, tr, lang, |t| &t.guidance).to_string(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionDto {
    pub id: i64,
    pub template_id: i64,
    pub template_name: String,
    pub category: String,
    pub version: i32,
    pub state: String,
    /// Pass mark in percent.
    pub pass_mark: f64,
    pub items: Vec<ItemDto>,
    /// The items in the editor's text form.
    pub items_text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InspectionDto {
    pub id: i64,
    pub site_id: i64,
    pub title: String,
    /// scheduled, in_progress or done
    pub status: String,
    pub due_date: NaiveDate,
    pub lead_name: String,
    pub team: String,
    pub area: String,
    pub asset_id: Option<i64>,
    pub template_name: String,
    pub version: i32,
    /// Weighted percentage over answered, scored, non-N.A. items
    pub score: Option<f64>,
    /// Passed (None until done)
    pub passed: Option<bool>,
    pub critical_failed: bool,
    pub answered: i32,
    pub total: i32,
    pub signed_by: String,
    pub signed_at: Option<DateTime<Utc>>,
    pub auditee_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RunItemDto {
    pub item: ItemDto,
    /// yes, no, na, pass, fail, 1..5, a number, text, or photo:<id>; None until answered
    pub answer: Option<String>,
    pub note: String,
    pub failed: bool,
    /// A finding was raised from this item.
    pub finding_id: Option<i64>,
    /// Photos taken for this item.
    pub photo_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FindingDto {
    pub id: i64,
    pub inspection_id: i64,
    pub item_index: Option<i32>,
    /// major_nc, minor_nc, observation, ofi or good_practice
    pub grade: String,
    pub title: String,
    pub description: String,
    pub clauses: String,
    pub root_cause: String,
    /// open or closed
    pub status: String,
    pub capa_id: Option<i64>,
    pub capa_status: String,
    pub work_order_id: Option<i64>,
    pub work_order_status: String,
    /// Who owns the CAPA action (empty for a work order or no action)
    pub action_owner: String,
    /// When the CAPA action or the work order is due
    pub action_due: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InspectionDetail {
    pub inspection: InspectionDto,
    pub items: Vec<RunItemDto>,
    pub findings: Vec<FindingDto>,
    pub photo_ids: Vec<i64>,
    pub can_run: bool,
    pub can_manage: bool,
}
