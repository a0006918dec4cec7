//! The framework catalogues shipped with Gemba: ISO management-system standards by clause NUMBER
//! and SHORT TITLE only (the standards' text is copyrighted: users attach their own licensed
//! copy), and an OSHA general-industry list of recurring obligations a plant must be able to prove,
//! each with its section and frequency, in Gemba's own words.

/// One requirement of a catalogue: its reference (clause or section), a short title, the clause
/// group it sits in, and how often it must be proven (months; None: once, or on change).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueItem {
    pub reference: &'static str,
    pub title: &'static str,
    pub group: &'static str,
    pub every_months: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Catalogue {
    /// Stable code, unique among frameworks.
    pub code: &'static str,
    pub name: &'static str,
    pub edition: &'static str,
    pub items: &'static [CatalogueItem],
}

const fn c(reference: &'static str, title: &'static str, group: &'static str) -> CatalogueItem {
    CatalogueItem { reference, title, group, every_months: None }
}

const fn o(
    reference: &'static str,
    title: &'static str,
    group: &'static str,
    every_months: Option<u32>,
) -> CatalogueItem {
    CatalogueItem { reference, title, group, every_months }
}

const CTX: &str = "4 Context";
const LEAD: &str = "5 Leadership";
const PLAN: &str = "6 Planning";
const SUP: &str = "7 Support";
const OPS: &str = "8 Operation";
const PERF: &str = "9 Performance evaluation";
const IMP: &str = "10 Improvement";

const ISO_9001_2015: &[CatalogueItem] = &[
    c("4.1", "Organization and its context", CTX),
    c("4.2", "Needs and expectations of interested parties", CTX),
    c("4.3", "Scope of the quality management system", CTX),
    c("4.4", "Quality management system and its processes", CTX),
    c("5.1", "Leadership and commitment", LEAD),
    c("5.2", "Quality policy", LEAD),
    c("5.3", "Roles, responsibilities and authorities", LEAD),
    c("6.1", "Actions to address risks and opportunities", PLAN),
    c("6.2", "Quality objectives and planning", PLAN),
    c("6.3", "Planning of changes", PLAN),
    c("7.1.1", "Resources: general", SUP),
    c("7.1.2", "People", SUP),
    c("7.1.3", "Infrastructure", SUP),
    c("7.1.4", "Environment for the operation of processes", SUP),
    c("7.1.5", "Monitoring and measuring resources", SUP),
    c("7.1.6", "Organizational knowledge", SUP),
    c("7.2", "Competence", SUP),
    c("7.3", "Awareness", SUP),
    c("7.4", "Communication", SUP),
    c("7.5", "Documented information", SUP),
    c("8.1", "Operational planning and control", OPS),
    c("8.2", "Requirements for products and services", OPS),
    c("8.3", "Design and development", OPS),
    c("8.4", "Externally provided processes, products and services", OPS),
    c("8.5", "Production and service provision", OPS),
    c("8.6", "Release of products and services", OPS),
    c("8.7", "Control of nonconforming outputs", OPS),
    c("9.1.1", "Monitoring, measurement, analysis and evaluation", PERF),
    c("9.1.2", "Customer satisfaction", PERF),
    c("9.1.3", "Analysis and evaluation", PERF),
    c("9.2", "Internal audit", PERF),
    c("9.3", "Management review", PERF),
    c("10.1", "Improvement: general", IMP),
    c("10.2", "Nonconformity and corrective action", IMP),
    c("10.3", "Continual improvement", IMP),
];

const ISO_14001_2015: &[CatalogueItem] = &[
    c("4.1", "Organization and its context", CTX),
    c("4.2", "Needs and expectations of interested parties", CTX),
    c("4.3", "Scope of the environmental management system", CTX),
    c("4.4", "Environmental management system", CTX),
    c("5.1", "Leadership and commitment", LEAD),
    c("5.2", "Environmental policy", LEAD),
    c("5.3", "Roles, responsibilities and authorities", LEAD),
    c("6.1.1", "Risks and opportunities: general", PLAN),
    c("6.1.2", "Environmental aspects", PLAN),
    c("6.1.3", "Compliance obligations", PLAN),
    c("6.1.4", "Planning action", PLAN),
    c("6.2", "Environmental objectives and planning", PLAN),
    c("7.1", "Resources", SUP),
    c("7.2", "Competence", SUP),
    c("7.3", "Awareness", SUP),
    c("7.4", "Communication", SUP),
    c("7.5", "Documented information", SUP),
    c("8.1", "Operational planning and control", OPS),
    c("8.2", "Emergency preparedness and response", OPS),
    c("9.1.1", "Monitoring, measurement, analysis and evaluation", PERF),
    c("9.1.2", "Evaluation of compliance", PERF),
    c("9.2", "Internal audit", PERF),
    c("9.3", "Management review", PERF),
    c("10.1", "Improvement: general", IMP),
    c("10.2", "Nonconformity and corrective action", IMP),
    c("10.3", "Continual improvement", IMP),
];

/// The 2026 edition keeps the harmonized structure; it adds planning of changes (6.3).
const ISO_14001_2026: &[CatalogueItem] = &[
    c("4.1", "Organization and its context", CTX),
    c("4.2", "Needs and expectations of interested parties", CTX),
    c("4.3", "Scope of the environmental management system", CTX),
    c("4.4", "Environmental management system", CTX),
    c("5.1", "Leadership and commitment", LEAD),
    c("5.2", "Environmental policy", LEAD),
    c("5.3", "Roles, responsibilities and authorities", LEAD),
    c("6.1.1", "Risks and opportunities: general", PLAN),
    c("6.1.2", "Environmental aspects", PLAN),
    c("6.1.3", "Compliance obligations", PLAN),
    c("6.1.4", "Planning action", PLAN),
    c("6.2", "Environmental objectives and planning", PLAN),
    c("6.3", "Planning of changes", PLAN),
    c("7.1", "Resources", SUP),
    c("7.2", "Competence", SUP),
    c("7.3", "Awareness", SUP),
    c("7.4", "Communication", SUP),
    c("7.5", "Documented information", SUP),
    c("8.1", "Operational planning and control", OPS),
    c("8.2", "Emergency preparedness and response", OPS),
    c("9.1.1", "Monitoring, measurement, analysis and evaluation", PERF),
    c("9.1.2", "Evaluation of compliance", PERF),
    c("9.2", "Internal audit", PERF),
    c("9.3", "Management review", PERF),
    c("10.1", "Improvement: general", IMP),
    c("10.2", "Nonconformity and corrective action", IMP),
    c("10.3", "Continual improvement", IMP),
];

const ISO_45001_2018: &[CatalogueItem] = &[
    c("4.1", "Organization and its context", CTX),
    c("4.2", "Needs and expectations of workers and other interested parties", CTX),
    c("4.3", "Scope of the OH&S management system", CTX),
    c("4.4", "OH&S management system", CTX),
    c("5.1", "Leadership and commitment", LEAD),
    c("5.2", "OH&S policy", LEAD),
    c("5.3", "Roles, responsibilities and authorities", LEAD),
    c("5.4", "Consultation and participation of workers", LEAD),
    c("6.1.1", "Risks and opportunities: general", PLAN),
    c("6.1.2", "Hazard identification and assessment of risks and opportunities", PLAN),
    c("6.1.3", "Legal and other requirements", PLAN),
    c("6.1.4", "Planning action", PLAN),
    c("6.2", "OH&S objectives and planning", PLAN),
    c("7.1", "Resources", SUP),
    c("7.2", "Competence", SUP),
    c("7.3", "Awareness", SUP),
    c("7.4", "Communication", SUP),
    c("7.5", "Documented information", SUP),
    c("8.1.1", "Operational planning and control: general", OPS),
    c("8.1.2", "Eliminating hazards and reducing OH&S risks", OPS),
    c("8.1.3", "Management of change", OPS),
    c("8.1.4", "Procurement", OPS),
    c("8.2", "Emergency preparedness and response", OPS),
    c("9.1.1", "Monitoring, measurement, analysis and evaluation", PERF),
    c("9.1.2", "Evaluation of compliance", PERF),
    c("9.2", "Internal audit", PERF),
    c("9.3", "Management review", PERF),
    c("10.1", "Improvement: general", IMP),
    c("10.2", "Incident, nonconformity and corrective action", IMP),
    c("10.3", "Continual improvement", IMP),
];

const LOTO: &str = "Hazardous energy";
const FIRE: &str = "Fire protection";
const TRUCKS: &str = "Powered industrial trucks";
const RESP: &str = "Respiratory protection";
const NOISE: &str = "Occupational noise";
const CHEM: &str = "Hazard communication";
const HEALTH: &str = "Health";
const SPACES: &str = "Permit-required confined spaces";
const CRANES: &str = "Cranes";
const RECORDS: &str = "Recordkeeping";

const OSHA_GI: &[CatalogueItem] = &[
    o("1910.147(c)(6)", "Lockout/tagout: periodic inspection of each energy control procedure", LOTO, Some(12)),
    o("1910.147(c)(7)", "Lockout/tagout: authorized and affected employee training", LOTO, None),
    o("1910.157(e)(2)", "Portable fire extinguishers: monthly visual inspection", FIRE, Some(1)),
    o("1910.157(e)(3)", "Portable fire extinguishers: annual maintenance check", FIRE, Some(12)),
    o("1910.157(g)(2)", "Portable fire extinguishers: annual use training", FIRE, Some(12)),
    o("1910.178(l)(4)(iii)", "Powered industrial trucks: operator performance evaluation", TRUCKS, Some(36)),
    o("1910.178(q)(7)", "Powered industrial trucks: examination before use", TRUCKS, None),
    o("1910.134(e)", "Respirators: medical evaluation before fit testing and use", RESP, None),
    o("1910.134(f)(2)", "Respirators: fit testing", RESP, Some(12)),
    o("1910.134(k)(5)", "Respirators: user training", RESP, Some(12)),
    o("1910.95(g)(6)", "Hearing conservation: annual audiogram", NOISE, Some(12)),
    o("1910.95(k)(2)", "Hearing conservation: annual training", NOISE, Some(12)),
    o("1910.1200(e)", "Hazard communication: written programme and chemical inventory", CHEM, None),
    o("1910.1200(h)", "Hazard communication: employee information and training", CHEM, None),
    o("1910.1030(g)(2)", "Bloodborne pathogens: annual training", HEALTH, Some(12)),
    o("1910.151(b)", "First aid: trained person available", HEALTH, None),
    o("1910.146(d)(14)", "Confined spaces: annual review of the permit programme", SPACES, Some(12)),
    o("1910.146(g)", "Confined spaces: entrant, attendant and supervisor training", SPACES, None),
    o("1910.179(j)(3)", "Overhead cranes: periodic inspection", CRANES, Some(12)),
    o("1904.32", "Injury and illness records: annual summary certified and posted", RECORDS, Some(12)),
];

pub const CATALOGUES: &[Catalogue] = &[
    Catalogue { code: "iso9001-2015", name: "ISO 9001", edition: "2015", items: ISO_9001_2015 },
    Catalogue { code: "iso14001-2015", name: "ISO 14001", edition: "2015", items: ISO_14001_2015 },
    Catalogue { code: "iso14001-2026", name: "ISO 14001", edition: "2026", items: ISO_14001_2026 },
    Catalogue { code: "iso45001-2018", name: "ISO 45001", edition: "2018", items: ISO_45001_2018 },
    Catalogue { code: "osha-gi", name: "OSHA general industry programme", edition: "29 CFR 1910/1904", items: OSHA_GI },
];

/// Orders clause references numerically ("7.1.5" before "7.10", "10.1" after "9.3").
pub fn reference_key(reference: &str) -> Vec<(u32, String)> {
    reference
        .split(['.', '(', ')'])
        .filter(|p| !p.is_empty())
        .map(|p| (p.parse::<u32>().unwrap_or(u32::MAX), p.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_are_well_formed() {
        let mut codes: Vec<&str> = CATALOGUES.iter().map(|c| c.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), CATALOGUES.len());
        for cat in CATALOGUES {
            let mut refs: Vec<&str> = cat.items.iter().map(|i| i.reference).collect();
            let n = refs.len();
            refs.sort();
            refs.dedup();
            assert_eq!(refs.len(), n, "{}: unique references", cat.code);
            assert!(cat.items.iter().all(|i| !i.title.is_empty() && i.title.len() < 80), "short titles only");
        }
        let iso9001 = CATALOGUES.iter().find(|c| c.code == "iso9001-2015").unwrap();
        assert!(iso9001.items.iter().any(|i| i.reference == "7.1.5"));
        assert!(
            CATALOGUES
                .iter()
                .filter(|c| c.code.starts_with("iso"))
                .all(|c| c.items.iter().all(|i| i.every_months.is_none()))
        );
        let osha = CATALOGUES.iter().find(|c| c.code == "osha-gi").unwrap();
        let every = |r: &str| osha.items.iter().find(|i| i.reference == r).unwrap().every_months;
        assert_eq!(every("1910.147(c)(6)"), Some(12));
        assert_eq!(every("1910.178(l)(4)(iii)"), Some(36));
        assert_eq!(every("1910.157(e)(2)"), Some(1));
    }

    #[test]
    fn references_sort_numerically() {
        let mut refs = vec!["10.1", "7.10", "7.1.5", "9.3", "7.2"];
        refs.sort_by_key(|r| reference_key(r));
        assert_eq!(refs, vec!["7.1.5", "7.2", "7.10", "9.3", "10.1"]);
    }
}
