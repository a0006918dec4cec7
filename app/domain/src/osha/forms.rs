//! The printed OSHA forms' own wording (the 300 log, the 300A summary, the 301 incident report) in
//! the two languages OSHA publishes them in, English and Spanish. This is the forms' legal text, not
//! interface text, so it is not in the translators' catalogues: a reader of another language (French)
//! keeps OSHA's English labels and gets a gloss in their language beside each one. The Spanish
//! titles are those of OSHA's Spanish forms package ("Registro / Sumario de Lesiones y Enfermedades
//! Ocupacionales"); the Spanish field labels are our reading of it and are to be checked against
//! the package before an inspection relies on them.

/// The language a form is printed in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FormLanguage {
    English,
    Spanish,
}

impl FormLanguage {
    pub const ALL: [FormLanguage; 2] = [FormLanguage::English, FormLanguage::Spanish];

    pub fn code(self) -> &'static str {
        match self {
            FormLanguage::English => "en",
            FormLanguage::Spanish => "es",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        FormLanguage::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The form a reader gets before choosing: Spanish for Spanish readers, English for everyone else
    /// (OSHA publishes no French form).
    pub fn for_reader(lang_code: &str) -> Self {
        if lang_code == "es" { FormLanguage::Spanish } else { FormLanguage::English }
    }

    /// Whether a reader of `lang_code` needs a gloss beside the labels of a form in this language.
    pub fn needs_gloss(self, lang_code: &str) -> bool {
        self.code() != lang_code
    }

    /// The form chosen by `?form=` when it names one, else the reader's.
    pub fn chosen(param: Option<&str>, lang_code: &str) -> Self {
        param.and_then(FormLanguage::from_code).unwrap_or_else(|| FormLanguage::for_reader(lang_code))
    }
}

/// The gloss keys (`osha-gloss-{code}` in the catalogues) of the 300 log's columns, in order.
pub const LOG_COLUMNS: [&str; 18] =
    ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m1", "m2", "m3", "m4", "m5", "m6"];

/// The 300 log.
#[derive(Clone, Copy, Debug)]
pub struct LogLabels {
    pub title: &'static str,
    /// (A) to (M6), as [`LOG_COLUMNS`].
    pub columns: [&'static str; 18],
    pub totals: &'static str,
}

pub fn log(l: FormLanguage) -> LogLabels {
    match l {
        FormLanguage::English => LogLabels {
            title: "OSHA's Form 300 · Log of Work-Related Injuries and Illnesses",
            columns: [
                "(A) Case no.",
                "(B) Employee's name",
                "(C) Job title",
                "(D) Date of injury or onset of illness",
                "(E) Where the event occurred",
                "(F) Describe injury or illness, parts of body affected, and object/substance that directly injured or made person ill",
                "(G) Death",
                "(H) Days away from work",
                "(I) Job transfer or restriction",
                "(J) Other recordable cases",
                "(K) Away from work (days)",
                "(L) On job transfer or restriction (days)",
                "(M1) Injury",
                "(M2) Skin disorder",
                "(M3) Respiratory condition",
                "(M4) Poisoning",
                "(M5) Hearing loss",
                "(M6) All other illnesses",
            ],
            totals: "Page totals",
        },
        FormLanguage::Spanish => LogLabels {
            title: "Formulario 300 de OSHA · Registro de Lesiones y Enfermedades Ocupacionales",
            columns: [
                "(A) Núm. de caso",
                "(B) Nombre del empleado",
                "(C) Puesto de trabajo",
                "(D) Fecha de la lesión o del inicio de la enfermedad",
                "(E) Dónde ocurrió el evento",
                "(F) Describa la lesión o enfermedad, las partes del cuerpo afectadas y el objeto o sustancia que lesionó directamente o enfermó a la persona",
                "(G) Muerte",
                "(H) Días de ausencia del trabajo",
                "(I) Transferencia de trabajo o restricción",
                "(J) Otros casos registrables",
                "(K) Ausente del trabajo (días)",
                "(L) En transferencia de trabajo o restricción (días)",
                "(M1) Lesión",
                "(M2) Trastorno de la piel",
                "(M3) Condición respiratoria",
                "(M4) Envenenamiento",
                "(M5) Pérdida de audición",
                "(M6) Todas las demás enfermedades",
            ],
            totals: "Totales de la página",
        },
    }
}

/// The 300A summary.
#[derive(Clone, Copy, Debug)]
pub struct SummaryLabels {
    pub title: &'static str,
    pub employees: &'static str,
    pub hours: &'static str,
    /// (G) to (M6): the 300A's totals, glossed as the log's columns from (G) on.
    pub totals: [&'static str; 12],
    pub certify: &'static str,
}

pub fn summary(l: FormLanguage) -> SummaryLabels {
    match l {
        FormLanguage::English => SummaryLabels {
            title: "OSHA's Form 300A · Summary of Work-Related Injuries and Illnesses",
            employees: "Annual average number of employees",
            hours: "Total hours worked by all employees last year",
            totals: [
                "(G) Total number of deaths",
                "(H) Total number of cases with days away from work",
                "(I) Total number of cases with job transfer or restriction",
                "(J) Total number of other recordable cases",
                "(K) Total number of days away from work",
                "(L) Total number of days of job transfer or restriction",
                "(M1) Injuries",
                "(M2) Skin disorders",
                "(M3) Respiratory conditions",
                "(M4) Poisonings",
                "(M5) Hearing loss",
                "(M6) All other illnesses",
            ],
            certify: "I certify that I have examined this document and that to the best of my knowledge the entries are true, accurate, and complete.",
        },
        FormLanguage::Spanish => SummaryLabels {
            title: "Formulario 300A de OSHA · Sumario de Lesiones y Enfermedades Ocupacionales",
            employees: "Número promedio anual de empleados",
            hours: "Total de horas trabajadas por todos los empleados el año pasado",
            totals: [
                "(G) Número total de muertes",
                "(H) Número total de casos con días de ausencia del trabajo",
                "(I) Número total de casos con transferencia de trabajo o restricción",
                "(J) Número total de otros casos registrables",
                "(K) Número total de días de ausencia del trabajo",
                "(L) Número total de días de transferencia de trabajo o restricción",
                "(M1) Lesiones",
                "(M2) Trastornos de la piel",
                "(M3) Condiciones respiratorias",
                "(M4) Envenenamientos",
                "(M5) Pérdida de audición",
                "(M6) Todas las demás enfermedades",
            ],
            certify: "Certifico que he examinado este documento y que, a mi leal saber y entender, los datos son verdaderos, exactos y completos.",
        },
    }
}

/// The 301 incident report: its 18 numbered fields (glossed as `osha-gloss-301-{n}`).
#[derive(Clone, Copy, Debug)]
pub struct Form301Labels {
    pub title: &'static str,
    pub fields: [&'static str; 18],
    pub yes: &'static str,
    pub no: &'static str,
    pub time_unknown: &'static str,
    pub male: &'static str,
    pub female: &'static str,
}

impl Form301Labels {
    /// The sex as the form words it (`M`, `F`, or not given).
    pub fn sex(&self, code: &str) -> &'static str {
        match code {
            "M" => self.male,
            "F" => self.female,
            _ => "",
        }
    }
}

pub fn form301(l: FormLanguage) -> Form301Labels {
    match l {
        FormLanguage::English => Form301Labels {
            title: "OSHA's Form 301 · Injury and Illness Incident Report",
            fields: [
                "1. Full name",
                "2. Street, City, State, ZIP",
                "3. Date of birth",
                "4. Date hired",
                "5. Male / Female",
                "6. Name of physician or other health care professional",
                "7. If treatment was given away from the worksite, where was it given? (Facility)",
                "8. Was employee treated in an emergency room?",
                "9. Was employee hospitalized overnight as an in-patient?",
                "10. Case number from the Log",
                "11. Date of injury or illness",
                "12. Time employee began work",
                "13. Time of event",
                "14. What was the employee doing just before the incident occurred?",
                "15. What happened?",
                "16. What was the injury or illness?",
                "17. What object or substance directly harmed the employee?",
                "18. If the employee died, when did death occur? Date of death",
            ],
            yes: "Yes",
            no: "No",
            time_unknown: "Time cannot be determined",
            male: "Male",
            female: "Female",
        },
        FormLanguage::Spanish => Form301Labels {
            title: "Formulario 301 de OSHA · Informe de Incidentes de Lesiones y Enfermedades",
            fields: [
                "1. Nombre completo",
                "2. Calle, ciudad, estado, código postal",
                "3. Fecha de nacimiento",
                "4. Fecha de contratación",
                "5. Masculino / Femenino",
                "6. Nombre del médico u otro profesional de la salud",
                "7. Si el tratamiento se dio fuera del lugar de trabajo, ¿dónde se dio? (Instalación)",
                "8. ¿Se trató al empleado en una sala de emergencias?",
                "9. ¿Se hospitalizó al empleado durante la noche como paciente interno?",
                "10. Número de caso del Registro",
                "11. Fecha de la lesión o enfermedad",
                "12. Hora en que el empleado comenzó a trabajar",
                "13. Hora del evento",
                "14. ¿Qué estaba haciendo el empleado justo antes de que ocurriera el incidente?",
                "15. ¿Qué sucedió?",
                "16. ¿Cuál fue la lesión o enfermedad?",
                "17. ¿Qué objeto o sustancia dañó directamente al empleado?",
                "18. Si el empleado murió, ¿cuándo ocurrió la muerte? Fecha de la muerte",
            ],
            yes: "Sí",
            no: "No",
            time_unknown: "No se puede determinar la hora",
            male: "Masculino",
            female: "Femenino",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_readers_get_the_spanish_form_and_everyone_else_the_english_one_unless_they_choose() {
        assert_eq!(FormLanguage::for_reader("es"), FormLanguage::Spanish);
        assert_eq!(FormLanguage::for_reader("fr"), FormLanguage::English);
        assert_eq!(FormLanguage::for_reader("en"), FormLanguage::English);
        assert_eq!(FormLanguage::chosen(Some("es"), "fr"), FormLanguage::Spanish);
        assert_eq!(FormLanguage::chosen(Some("de"), "es"), FormLanguage::Spanish);
        assert_eq!(FormLanguage::chosen(None, "en"), FormLanguage::English);
        assert!(FormLanguage::English.needs_gloss("fr"));
        assert!(!FormLanguage::Spanish.needs_gloss("es"));
    }

    #[test]
    fn both_languages_letter_the_same_columns_and_number_the_same_fields() {
        let letter = |s: &str| s.split(' ').next().unwrap_or_default().to_string();
        let (en, es) = (log(FormLanguage::English), log(FormLanguage::Spanish));
        for ((e, s), code) in en.columns.iter().zip(es.columns).zip(LOG_COLUMNS) {
            assert_eq!(letter(e), letter(s));
            assert_eq!(letter(e), format!("({})", code.to_uppercase()));
        }
        let (en, es) = (summary(FormLanguage::English), summary(FormLanguage::Spanish));
        for ((e, s), code) in en.totals.iter().zip(es.totals).zip(&LOG_COLUMNS[6..]) {
            assert_eq!(letter(e), letter(s));
            assert_eq!(letter(e), format!("({})", code.to_uppercase()));
        }
        let (en, es) = (form301(FormLanguage::English), form301(FormLanguage::Spanish));
        for (n, (e, s)) in en.fields.iter().zip(es.fields).enumerate() {
            assert_eq!(letter(e), format!("{}.", n + 1));
            assert_eq!(letter(s), format!("{}.", n + 1));
        }
    }
}
