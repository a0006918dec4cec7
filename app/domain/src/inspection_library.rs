//! Starter templates, written for Gemba (questions in our own words; standards are referenced by
//! clause or section number only).
use super::inspection::{Item, parse_items};

pub struct Starter {
    pub code: &'static str,
    pub name: &'static str,
    pub category: &'static str,
    pub pass_mark: f64,
    pub text: &'static str,
}

pub const STARTERS: [Starter; 6] = [
    Starter {
        code: "fire-extinguisher-monthly",
        name: "Fire extinguisher monthly inspection",
        category: "inspection",
        pass_mark: 100.0,
        text: "# Location and access
[yes_no_na] Extinguisher is in its marked place | critical | clause=29 CFR 1910.157(c)(1)
[yes_no_na] Nothing blocks the way to it or hides it | critical | guidance=Keep about 1 m clear in front
[yes_no_na] Sign or marking is visible from the aisle
# Condition
[pass_fail] Pressure gauge needle in the operable (green) range | critical | clause=29 CFR 1910.157(e)(2)
[pass_fail] Safety pin and tamper seal in place | critical
[pass_fail] No dents, corrosion, leaks or clogged nozzle | weight=2
[pass_fail] Hose and nozzle intact and attached
[yes_no_na] Operating instructions on the nameplate are legible
# Records
[yes_no_na] Annual maintenance tag is current | clause=29 CFR 1910.157(e)(3) | weight=2
[photo] Photo of the gauge and tag
[text] Remarks
",
    },
    Starter {
        code: "forklift-pre-shift",
        name: "Forklift pre-shift check",
        category: "inspection",
        pass_mark: 100.0,
        text: "# Walk-around (engine off)
[pass_fail] Forks, chains and mast free of cracks and bends | critical | clause=29 CFR 1910.178(q)(7)
[pass_fail] Tyres and wheels in good condition | weight=2
[pass_fail] No hydraulic, fuel or battery leaks | critical
[pass_fail] Overhead guard and load backrest in place | critical
[pass_fail] Data plate legible
[number:0..100 %] Fuel or battery charge level
# Operational (engine on)
[pass_fail] Service and parking brakes hold | critical
[pass_fail] Steering responds without play | critical
[pass_fail] Horn, lights and reversing alarm work | weight=2
[pass_fail] Lift, lower and tilt controls work smoothly | weight=2
[pass_fail] Seat belt latches | critical
[text] Defects found (a failed critical item takes the truck out of service)
",
    },
    Starter {
        code: "loto-periodic-annual",
        name: "Lockout/tagout annual periodic inspection",
        category: "audit",
        pass_mark: 90.0,
        text: "# Procedure
[yes_no_na] A written, machine-specific procedure exists for the equipment | critical | clause=29 CFR 1910.147(c)(4)
[yes_no_na] The procedure lists every energy source, including stored energy | weight=3
[yes_no_na] Steps for shutdown, isolation, lock placement and release are in order | weight=2
# Observed application
[pass_fail] The authorized employee notified affected employees before shutdown | weight=2
[pass_fail] Every isolating device was locked with a personal lock and tag | critical
[pass_fail] Stored energy was relieved or restrained | critical
[pass_fail] Zero energy was verified before work started | critical | clause=29 CFR 1910.147(d)(6)
# Review with the authorized employee
[yes_no_na] The inspector reviewed each authorized employee's responsibilities | clause=29 CFR 1910.147(c)(6)(i)(C) | weight=2
[yes_no_na] Deviations or inadequacies found were corrected
[text] Authorized employees observed (names)
[text] Certification: equipment, date, inspector
",
    },
    Starter {
        code: "5s-audit",
        name: "5S workplace audit",
        category: "audit",
        pass_mark: 70.0,
        text: "# Sort
[rating] Only what is needed for today's work is in the area
[rating] Red-tagged items are dealt with within the agreed time
# Set in order
[rating] Tools and materials have marked homes and are in them | weight=2
[rating] Aisles, walkways and emergency equipment are marked and clear | critical
# Shine
[rating] Floors, machines and benches are clean
[rating] Cleaning points and schedules are visible and followed
# Standardize
[rating] Visual standards (photos, shadow boards, labels) are up to date
# Sustain
[rating] The last audit's actions are closed | weight=2
[photo] Photo of the area
[text] Good practice seen
",
    },
    Starter {
        code: "iso-45001-internal",
        name: "ISO 45001 internal audit by clause",
        category: "audit",
        pass_mark: 80.0,
        text: "# 4 Context of the organization
[yes_no_na] Issues, interested parties and the scope of the OH&S system are determined and kept current | clause=ISO 45001 4.1 | clause=ISO 45001 4.2 | clause=ISO 45001 4.3
# 5 Leadership and worker participation
[yes_no_na] The OH&S policy is available, communicated and understood by the people asked | clause=ISO 45001 5.2
[yes_no_na] Workers are consulted and take part in hazard identification and decisions | clause=ISO 45001 5.4 | weight=2
# 6 Planning
[yes_no_na] Hazards are identified and OH&S risks assessed for routine and non-routine work | clause=ISO 45001 6.1.2 | weight=3 | critical
[yes_no_na] Legal and other requirements are identified and accessible | clause=ISO 45001 6.1.3 | weight=2
[yes_no_na] OH&S objectives are measurable and have plans | clause=ISO 45001 6.2
# 7 Support
[yes_no_na] Competence is determined and records of training are retained | clause=ISO 45001 7.2 | weight=2
[yes_no_na] Documented information is controlled | clause=ISO 45001 7.5
# 8 Operation
[yes_no_na] Controls follow the hierarchy of controls | clause=ISO 45001 8.1.2 | weight=2
[yes_no_na] Changes are managed before they are made | clause=ISO 45001 8.1.3
[yes_no_na] Emergencies are planned for and drills are held | clause=ISO 45001 8.2 | weight=2
# 9 Performance evaluation
[yes_no_na] Monitoring and measurement results are retained | clause=ISO 45001 9.1.1
[yes_no_na] Compliance with legal requirements is evaluated | clause=ISO 45001 9.1.2
[yes_no_na] Internal audits follow a programme | clause=ISO 45001 9.2
[yes_no_na] Management review covers the required inputs | clause=ISO 45001 9.3
# 10 Improvement
[yes_no_na] Incidents and nonconformities are investigated and corrected | clause=ISO 45001 10.2 | weight=3 | critical
[text] Evidence sampled
",
    },
    Starter {
        code: "iso-9001-internal",
        name: "ISO 9001 internal audit by clause",
        category: "audit",
        pass_mark: 80.0,
        text: "# 4 Context of the organization
[yes_no_na] Context, interested parties and QMS scope are determined | clause=ISO 9001 4.1 | clause=ISO 9001 4.2 | clause=ISO 9001 4.3
[yes_no_na] Processes, their inputs, outputs and interactions are defined | clause=ISO 9001 4.4 | weight=2
# 5 Leadership
[yes_no_na] The quality policy is communicated and understood | clause=ISO 9001 5.2
[yes_no_na] Roles, responsibilities and authorities are assigned | clause=ISO 9001 5.3
# 6 Planning
[yes_no_na] Risks and opportunities are addressed | clause=ISO 9001 6.1 | weight=2
[yes_no_na] Quality objectives are measurable and monitored | clause=ISO 9001 6.2
# 7 Support
[yes_no_na] Monitoring and measuring resources are calibrated or verified, with records | clause=ISO 9001 7.1.5 | weight=3 | critical
[yes_no_na] Competence is determined and evidenced | clause=ISO 9001 7.2 | weight=2
[yes_no_na] Documented information is controlled | clause=ISO 9001 7.5
# 8 Operation
[yes_no_na] Requirements for products are reviewed before commitment | clause=ISO 9001 8.2.3
[yes_no_na] External providers are evaluated and monitored | clause=ISO 9001 8.4 | weight=2
[yes_no_na] Production is carried out under controlled conditions | clause=ISO 9001 8.5.1 | weight=2
[yes_no_na] Nonconforming outputs are identified and controlled | clause=ISO 9001 8.7 | weight=2 | critical
# 9 Performance evaluation
[yes_no_na] Customer satisfaction is monitored | clause=ISO 9001 9.1.2
[yes_no_na] Internal audits follow a programme | clause=ISO 9001 9.2
[yes_no_na] Management review is held with the required inputs | clause=ISO 9001 9.3
# 10 Improvement
[yes_no_na] Nonconformities get corrective action and its effectiveness is reviewed | clause=ISO 9001 10.2 | weight=3
[text] Evidence sampled
",
    },
];

impl Starter {
    pub fn items(&self) -> Vec<Item> {
        parse_items(self.text).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_starter_template_parses_and_has_a_critical_item() {
        for s in &STARTERS {
            let items = parse_items(s.text).unwrap_or_else(|e| panic!("{}: {e}", s.code));
            assert!(items.len() >= 8, "{}", s.code);
            assert!(items.iter().any(|i| i.critical), "{}", s.code);
        }
    }
}
