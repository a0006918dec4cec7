//! Safety: reported events (injury/illness, near miss, hazard, property damage, environmental
//! release), their investigations, CAPA actions (shared with audits), and OSHA recordkeeping:
//! establishment data per site, hours and employees per site and year with the 300A
//! certification, and OSHA cases.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from: (&'static str, &'static str),
    to: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(from.0, from.1).to(to, "id").on_delete(on_delete).to_owned()
}

fn index(name: &str, table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(table);
    for c in cols {
        i.col(*c);
    }
    i.to_owned()
}

fn unique(name: &str, table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut i = index(name, table, cols);
    i.unique();
    i
}

use ForeignKeyAction::{Cascade, Restrict, SetNull};

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("safety_event")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(string("kind"))
                .col(string("title"))
                .col(text("description"))
                .col(string("area"))
                .col(big_integer_null("asset_id"))
                .col(timestamp_with_time_zone("occurred_at"))
                .col(text("people_involved"))
                .col(text("immediate_actions"))
                .col(big_integer_null("reported_by"))
                .col(boolean("anonymous"))
                .col(string("status"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_event_site", ("safety_event", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_event_asset", ("safety_event", "asset_id"), "asset", SetNull))
                .foreign_key(&mut fk("fk_event_reporter", ("safety_event", "reported_by"), "app_user", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_event_site", "safety_event", &["site_id", "occurred_at"])).await?;
        m.create_index(index("ix_event_reporter", "safety_event", &["reported_by", "occurred_at"])).await?;

        m.create_table(
            Table::create()
                .table("investigation")
                .col(big_pk_auto("id"))
                .col(big_integer("event_id"))
                .col(big_integer("site_id"))
                .col(big_integer_null("lead_id"))
                .col(text("people"))
                .col(text("witnesses"))
                .col(text("timeline"))
                // JSON array of the answers to "why?", in order
                .col(text("whys"))
                .col(text("root_cause"))
                .col(string("cause_category"))
                .col(text("contributing_factors"))
                .col(string("status"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_inv_event", ("investigation", "event_id"), "safety_event", Cascade))
                .foreign_key(&mut fk("fk_inv_site", ("investigation", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_inv_lead", ("investigation", "lead_id"), "app_user", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_inv_event", "investigation", &["event_id"])).await?;

        m.create_table(
            Table::create()
                .table("capa_action")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                // what raised it: "investigation" (later also "finding"), and its id
                .col(string("source_type"))
                .col(big_integer("source_id"))
                .col(string("kind"))
                .col(string("title"))
                .col(text("description"))
                .col(big_integer("owner_id"))
                .col(date("due_date"))
                .col(string("status"))
                .col(text("evidence"))
                .col(timestamp_with_time_zone_null("completed_at"))
                .col(big_integer_null("verified_by"))
                .col(timestamp_with_time_zone_null("verified_at"))
                .col(text("effectiveness_note"))
                .col(big_integer_null("work_order_id"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_capa_site", ("capa_action", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_capa_owner", ("capa_action", "owner_id"), "app_user", Restrict))
                .foreign_key(&mut fk("fk_capa_wo", ("capa_action", "work_order_id"), "work_order", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_capa_site", "capa_action", &["site_id", "status", "due_date"])).await?;
        m.create_index(index("ix_capa_source", "capa_action", &["source_type", "source_id"])).await?;
        m.create_index(index("ix_capa_owner", "capa_action", &["owner_id", "status"])).await?;

        m.create_table(
            Table::create()
                .table("osha_establishment")
                .col(ColumnDef::new("site_id").big_integer().not_null().primary_key())
                .col(string("name"))
                .col(string("ein"))
                .col(string("company_name"))
                .col(string("street_address"))
                .col(string("city"))
                .col(string("state"))
                .col(string("zip"))
                .col(string("naics_code"))
                .col(string("industry_description"))
                .col(string("establishment_type"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_estab_site", ("osha_establishment", "site_id"), "site", Cascade))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("osha_year")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(integer("year"))
                .col(integer("annual_average_employees"))
                .col(big_integer("total_hours_worked"))
                .col(text("change_reason"))
                .col(string("cert_name"))
                .col(string("cert_title"))
                .col(string("cert_phone"))
                .col(date_null("cert_date"))
                .col(big_integer_null("certified_by"))
                .col(timestamp_with_time_zone_null("certified_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_oyear_site", ("osha_year", "site_id"), "site", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_oyear_site_year", "osha_year", &["site_id", "year"])).await?;

        m.create_table(
            Table::create()
                .table("osha_case")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer_null("event_id"))
                .col(integer("year"))
                .col(string("case_number"))
                .col(string("employee_name"))
                .col(string("job_title"))
                .col(date("injury_date"))
                .col(date("learned_on"))
                .col(string("location"))
                .col(text("injury_description"))
                .col(string("case_type"))
                // the guided recordability form: facts (JSON), what the rules decided and why
                .col(text("facts"))
                .col(boolean_null("decided_recordable"))
                .col(string("decision_rule"))
                .col(text("decision_text"))
                // pending, confirmed or overridden
                .col(string("decision_status"))
                .col(boolean("recordable"))
                .col(text("override_reason"))
                .col(big_integer_null("decided_by"))
                .col(timestamp_with_time_zone_null("decided_at"))
                // classification (OSHA-4/5)
                .col(boolean("death"))
                .col(date_null("date_of_death"))
                .col(text("away_periods"))
                .col(text("restricted_periods"))
                .col(integer_null("recommended_away"))
                .col(integer_null("recommended_restricted"))
                .col(string("outcome"))
                .col(integer("days_away"))
                .col(integer("days_restricted"))
                // OSHA-7: blank, or the privacy reason
                .col(string("privacy_reason"))
                // form 301
                .col(string("employee_street"))
                .col(string("employee_city"))
                .col(string("employee_state"))
                .col(string("employee_zip"))
                .col(date_null("date_of_birth"))
                .col(date_null("date_hired"))
                .col(string("sex"))
                .col(string("physician"))
                .col(string("facility"))
                .col(boolean_null("emergency_room"))
                .col(boolean_null("hospitalized"))
                .col(string("time_began_work"))
                .col(string("time_of_event"))
                .col(text("before_incident"))
                .col(text("what_happened"))
                .col(text("object_substance"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_case_site", ("osha_case", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_case_event", ("osha_case", "event_id"), "safety_event", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_case_number", "osha_case", &["site_id", "case_number"])).await?;
        m.create_index(index("ix_case_site_year", "osha_case", &["site_id", "year", "injury_date"])).await?;
        m.create_index(index("ix_case_event", "osha_case", &["event_id"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["osha_case", "osha_year", "osha_establishment", "capa_action", "investigation", "safety_event"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
