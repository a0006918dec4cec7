//! Starter templates, written for Gemba (questions in our own words; standards are referenced by
//! clause or section number only).
use super::inspection::{Item, ItemText, parse_items};

pub struct Starter {
    pub code: &'static str,
    pub name: &'static str,
    pub category: &'static str,
    pub pass_mark: f64,
    pub text: &'static str,
    /// The same template in other languages, item for item (kinds repeated; only the words,
    /// section titles and guidance are read from it).
    pub translations: &'static [(&'static str, &'static str)],
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
        translations: &[
            ("es", "# Ubicación y acceso
[yes_no_na] El extintor está en su lugar señalizado
[yes_no_na] Nada bloquea el paso hasta él ni lo oculta | guidance=Mantenga libre aproximadamente 1 m delante
[yes_no_na] El letrero o la señal se ve desde el pasillo
# Estado
[pass_fail] La aguja del manómetro está en la zona operativa (verde)
[pass_fail] El pasador de seguridad y el precinto están en su sitio
[pass_fail] Sin abolladuras, corrosión, fugas ni boquilla obstruida
[pass_fail] La manguera y la boquilla están intactas y sujetas
[yes_no_na] Las instrucciones de uso de la placa son legibles
# Registros
[yes_no_na] La etiqueta de mantenimiento anual está vigente
[photo] Foto del manómetro y de la etiqueta
[text] Observaciones
"),
            ("fr", "# Emplacement et accès
[yes_no_na] L'extincteur est à son emplacement signalé
[yes_no_na] Rien ne bloque l'accès ni ne le cache | guidance=Garder environ 1 m dégagé devant
[yes_no_na] La signalisation est visible depuis l'allée
# État
[pass_fail] L'aiguille du manomètre est dans la zone de fonctionnement (verte)
[pass_fail] La goupille de sécurité et le scellé sont en place
[pass_fail] Ni bosse, ni corrosion, ni fuite, ni buse bouchée
[pass_fail] Le tuyau et la buse sont intacts et fixés
[yes_no_na] Le mode d'emploi de la plaque est lisible
# Registres
[yes_no_na] L'étiquette de maintenance annuelle est à jour
[photo] Photo du manomètre et de l'étiquette
[text] Remarques
"),
        ],
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
        translations: &[
            ("es", "# Vuelta de inspección (motor apagado)
[pass_fail] Horquillas, cadenas y mástil sin grietas ni deformaciones
[pass_fail] Neumáticos y ruedas en buen estado
[pass_fail] Sin fugas hidráulicas, de combustible ni de batería
[pass_fail] Protector superior y respaldo de carga en su sitio
[pass_fail] Placa de datos legible
[number:0..100 %] Nivel de combustible o de carga de la batería
# Funcionamiento (motor encendido)
[pass_fail] Los frenos de servicio y de estacionamiento frenan
[pass_fail] La dirección responde sin holgura
[pass_fail] Bocina, luces y alarma de marcha atrás funcionan
[pass_fail] Los mandos de elevación, descenso e inclinación funcionan con suavidad
[pass_fail] El cinturón de seguridad se abrocha
[text] Defectos encontrados (un punto crítico fallido deja la carretilla fuera de servicio)
"),
            ("fr", "# Tour du chariot (moteur arrêté)
[pass_fail] Fourches, chaînes et mât sans fissure ni déformation
[pass_fail] Pneus et roues en bon état
[pass_fail] Aucune fuite hydraulique, de carburant ou de batterie
[pass_fail] Protège-conducteur et dosseret de charge en place
[pass_fail] Plaque signalétique lisible
[number:0..100 %] Niveau de carburant ou de charge de la batterie
# Fonctionnement (moteur en marche)
[pass_fail] Le frein de service et le frein de parking tiennent
[pass_fail] La direction répond sans jeu
[pass_fail] Avertisseur, feux et alarme de recul fonctionnent
[pass_fail] Levée, descente et inclinaison fonctionnent sans à-coups
[pass_fail] La ceinture de sécurité s'attache
[text] Défauts constatés (un point critique non conforme met le chariot hors service)
"),
        ],
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
        translations: &[
            ("es", "# Procedimiento
[yes_no_na] Existe un procedimiento escrito y específico para el equipo
[yes_no_na] El procedimiento enumera todas las fuentes de energía, incluida la energía almacenada
[yes_no_na] Los pasos de parada, aislamiento, colocación de candados y liberación están en orden
# Aplicación observada
[pass_fail] El empleado autorizado avisó a los empleados afectados antes de la parada
[pass_fail] Cada dispositivo de aislamiento se bloqueó con candado y etiqueta personales
[pass_fail] La energía almacenada se liberó o se retuvo
[pass_fail] Se verificó la ausencia de energía antes de empezar el trabajo
# Revisión con el empleado autorizado
[yes_no_na] El inspector revisó las responsabilidades de cada empleado autorizado
[yes_no_na] Las desviaciones o deficiencias encontradas se corrigieron
[text] Empleados autorizados observados (nombres)
[text] Certificación: equipo, fecha, inspector
"),
            ("fr", "# Procédure
[yes_no_na] Une procédure écrite, propre à la machine, existe pour l'équipement
[yes_no_na] La procédure liste toutes les sources d'énergie, y compris l'énergie stockée
[yes_no_na] Les étapes d'arrêt, d'isolement, de pose des cadenas et de remise en service sont dans l'ordre
# Application observée
[pass_fail] L'intervenant habilité a prévenu les personnes concernées avant l'arrêt
[pass_fail] Chaque organe d'isolement a été condamné par un cadenas et une étiquette personnels
[pass_fail] L'énergie stockée a été dissipée ou retenue
[pass_fail] L'absence d'énergie a été vérifiée avant le début du travail
# Revue avec l'intervenant habilité
[yes_no_na] L'inspecteur a revu les responsabilités de chaque intervenant habilité
[yes_no_na] Les écarts ou insuffisances trouvés ont été corrigés
[text] Intervenants habilités observés (noms)
[text] Attestation : équipement, date, inspecteur
"),
        ],
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
        translations: &[
            ("es", "# Clasificar
[rating] En la zona solo está lo necesario para el trabajo de hoy
[rating] Los objetos con tarjeta roja se tratan en el plazo acordado
# Ordenar
[rating] Herramientas y materiales tienen un lugar señalizado y están en él
[rating] Pasillos, vías de paso y equipos de emergencia están señalizados y despejados
# Limpiar
[rating] Suelos, máquinas y bancos están limpios
[rating] Los puntos y calendarios de limpieza están a la vista y se cumplen
# Estandarizar
[rating] Los estándares visuales (fotos, paneles de sombras, etiquetas) están al día
# Mantener
[rating] Las acciones de la última auditoría están cerradas
[photo] Foto de la zona
[text] Buenas prácticas observadas
"),
            ("fr", "# Trier
[rating] Seul ce qui sert au travail du jour est dans la zone
[rating] Les objets à étiquette rouge sont traités dans le délai convenu
# Ranger
[rating] Outils et matières ont un emplacement marqué et y sont
[rating] Allées, passages et équipements de secours sont marqués et dégagés
# Nettoyer
[rating] Sols, machines et établis sont propres
[rating] Points et plannings de nettoyage sont affichés et suivis
# Standardiser
[rating] Les standards visuels (photos, tableaux d'ombres, étiquettes) sont à jour
# Maintenir
[rating] Les actions du dernier audit sont closes
[photo] Photo de la zone
[text] Bonnes pratiques vues
"),
        ],
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
        translations: &[
            ("es", "# 4 Contexto de la organización
[yes_no_na] Las cuestiones, las partes interesadas y el alcance del sistema de SST están determinados y al día
# 5 Liderazgo y participación de los trabajadores
[yes_no_na] La política de SST está disponible, comunicada y entendida por las personas consultadas
[yes_no_na] Se consulta a los trabajadores y participan en la identificación de peligros y en las decisiones
# 6 Planificación
[yes_no_na] Se identifican los peligros y se evalúan los riesgos de SST del trabajo rutinario y no rutinario
[yes_no_na] Los requisitos legales y otros requisitos están identificados y accesibles
[yes_no_na] Los objetivos de SST son medibles y tienen planes
# 7 Apoyo
[yes_no_na] La competencia está determinada y se conservan los registros de formación
[yes_no_na] La información documentada está controlada
# 8 Operación
[yes_no_na] Los controles siguen la jerarquía de controles
[yes_no_na] Los cambios se gestionan antes de hacerse
[yes_no_na] Las emergencias están planificadas y se hacen simulacros
# 9 Evaluación del desempeño
[yes_no_na] Se conservan los resultados del seguimiento y la medición
[yes_no_na] Se evalúa el cumplimiento de los requisitos legales
[yes_no_na] Las auditorías internas siguen un programa
[yes_no_na] La revisión por la dirección cubre las entradas requeridas
# 10 Mejora
[yes_no_na] Los incidentes y las no conformidades se investigan y se corrigen
[text] Evidencias muestreadas
"),
            ("fr", "# 4 Contexte de l'organisme
[yes_no_na] Les enjeux, les parties intéressées et le périmètre du système de SST sont déterminés et à jour
# 5 Leadership et participation des travailleurs
[yes_no_na] La politique de SST est disponible, communiquée et comprise des personnes interrogées
[yes_no_na] Les travailleurs sont consultés et participent à l'identification des dangers et aux décisions
# 6 Planification
[yes_no_na] Les dangers sont identifiés et les risques de SST évalués pour le travail courant et non courant
[yes_no_na] Les exigences légales et autres exigences sont identifiées et accessibles
[yes_no_na] Les objectifs de SST sont mesurables et ont des plans
# 7 Support
[yes_no_na] Les compétences sont déterminées et les enregistrements de formation conservés
[yes_no_na] Les informations documentées sont maîtrisées
# 8 Réalisation des activités opérationnelles
[yes_no_na] Les mesures suivent la hiérarchie des mesures de prévention
[yes_no_na] Les changements sont maîtrisés avant d'être faits
[yes_no_na] Les situations d'urgence sont préparées et des exercices ont lieu
# 9 Évaluation des performances
[yes_no_na] Les résultats de la surveillance et de la mesure sont conservés
[yes_no_na] La conformité aux exigences légales est évaluée
[yes_no_na] Les audits internes suivent un programme
[yes_no_na] La revue de direction couvre les éléments d'entrée requis
# 10 Amélioration
[yes_no_na] Les incidents et les non-conformités sont analysés et corrigés
[text] Preuves échantillonnées
"),
        ],
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
        translations: &[
            ("es", "# 4 Contexto de la organización
[yes_no_na] El contexto, las partes interesadas y el alcance del SGC están determinados
[yes_no_na] Los procesos, sus entradas, salidas e interacciones están definidos
# 5 Liderazgo
[yes_no_na] La política de la calidad está comunicada y entendida
[yes_no_na] Los roles, las responsabilidades y las autoridades están asignados
# 6 Planificación
[yes_no_na] Se abordan los riesgos y las oportunidades
[yes_no_na] Los objetivos de la calidad son medibles y se siguen
# 7 Apoyo
[yes_no_na] Los recursos de seguimiento y medición están calibrados o verificados, con registros
[yes_no_na] La competencia está determinada y evidenciada
[yes_no_na] La información documentada está controlada
# 8 Operación
[yes_no_na] Los requisitos de los productos se revisan antes de comprometerse
[yes_no_na] Los proveedores externos se evalúan y se siguen
[yes_no_na] La producción se realiza en condiciones controladas
[yes_no_na] Las salidas no conformes se identifican y se controlan
# 9 Evaluación del desempeño
[yes_no_na] Se hace seguimiento de la satisfacción del cliente
[yes_no_na] Las auditorías internas siguen un programa
[yes_no_na] La revisión por la dirección se hace con las entradas requeridas
# 10 Mejora
[yes_no_na] Las no conformidades reciben acción correctiva y se revisa su eficacia
[text] Evidencias muestreadas
"),
            ("fr", "# 4 Contexte de l'organisme
[yes_no_na] Le contexte, les parties intéressées et le périmètre du SMQ sont déterminés
[yes_no_na] Les processus, leurs éléments d'entrée, de sortie et leurs interactions sont définis
# 5 Leadership
[yes_no_na] La politique qualité est communiquée et comprise
[yes_no_na] Les rôles, responsabilités et autorités sont attribués
# 6 Planification
[yes_no_na] Les risques et opportunités sont traités
[yes_no_na] Les objectifs qualité sont mesurables et suivis
# 7 Support
[yes_no_na] Les ressources de surveillance et de mesure sont étalonnées ou vérifiées, avec enregistrements
[yes_no_na] Les compétences sont déterminées et prouvées
[yes_no_na] Les informations documentées sont maîtrisées
# 8 Réalisation des activités opérationnelles
[yes_no_na] Les exigences relatives aux produits sont revues avant engagement
[yes_no_na] Les prestataires externes sont évalués et surveillés
[yes_no_na] La production est réalisée dans des conditions maîtrisées
[yes_no_na] Les éléments de sortie non conformes sont identifiés et maîtrisés
# 9 Évaluation des performances
[yes_no_na] La satisfaction du client est surveillée
[yes_no_na] Les audits internes suivent un programme
[yes_no_na] La revue de direction a lieu avec les éléments d'entrée requis
# 10 Amélioration
[yes_no_na] Les non-conformités reçoivent une action corrective dont l'efficacité est revue
[text] Preuves échantillonnées
"),
        ],
    },
];

impl Starter {
    /// The items with their translations.
    pub fn items(&self) -> Vec<Item> {
        let mut items = parse_items(self.text).unwrap_or_default();
        for (lang, text) in self.translations {
            for (item, t) in items.iter_mut().zip(parse_items(text).unwrap_or_default()) {
                item.translations
                    .insert(lang.to_string(), ItemText { section: t.section, text: t.text, guidance: t.guidance });
            }
        }
        items
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

    #[test]
    fn every_starter_template_reads_in_spanish_and_french_item_for_item() {
        for s in &STARTERS {
            let own = parse_items(s.text).unwrap();
            let langs: Vec<&str> = s.translations.iter().map(|(l, _)| *l).collect();
            assert_eq!(langs, ["es", "fr"], "{}", s.code);
            for (lang, text) in s.translations {
                let tr = parse_items(text).unwrap_or_else(|e| panic!("{} {lang}: {e}", s.code));
                assert_eq!(tr.len(), own.len(), "{} {lang}", s.code);
                for (o, t) in own.iter().zip(&tr) {
                    assert_eq!(o.kind, t.kind, "{} {lang}: {}", s.code, t.text);
                    assert_ne!(o.text, t.text, "{} {lang}", s.code);
                    assert_eq!(o.guidance.is_empty(), t.guidance.is_empty(), "{} {lang}: {}", s.code, t.text);
                    assert_eq!(o.section.is_empty(), t.section.is_empty(), "{} {lang}: {}", s.code, t.text);
                }
            }
            let items = s.items();
            assert!(items.iter().all(|i| i.translations.len() == 2), "{}", s.code);
        }
    }
}
