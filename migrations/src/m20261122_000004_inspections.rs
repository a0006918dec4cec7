//! Audits and inspections: checklist templates with immutable published versions, audits run
//! against one version, their answers (saved one by one), and findings (linked to a CAPA action
//! or a work order).
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

use ForeignKeyAction::{Cascade, Restrict, SetNull};

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("inspection_template")
                .col(big_pk_auto("id"))
                .col(string("code"))
                .col(string("name"))
                .col(string("category"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ux_template_code", "inspection_template", &["code"]).unique().to_owned()).await?;

        m.create_table(
            Table::create()
                .table("inspection_version")
                .col(big_pk_auto("id"))
                .col(big_integer("template_id"))
                .col(integer("version"))
                .col(string("state"))
                .col(double("pass_mark"))
                // JSON array of domain::inspection::Item
                .col(text("items"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("published_at"))
                .foreign_key(&mut fk(
                    "fk_version_template",
                    ("inspection_version", "template_id"),
                    "inspection_template",
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            index("ux_version_template", "inspection_version", &["template_id", "version"]).unique().to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("inspection_schedule")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("template_id"))
                .col(string("title"))
                // domain::pm::Trigger as JSON (fixed or floating), the same rules as PM
                .col(text("rule"))
                .col(date("first_due"))
                .col(integer("lead_days"))
                .col(big_integer_null("lead_id"))
                .col(text("team"))
                .col(string("area"))
                .col(big_integer_null("asset_id"))
                .col(boolean("active"))
                .col(date_null("last_nominal_due"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_isched_site", ("inspection_schedule", "site_id"), "site", Restrict))
                .foreign_key(&mut fk(
                    "fk_isched_template",
                    ("inspection_schedule", "template_id"),
                    "inspection_template",
                    Restrict,
                ))
                .foreign_key(&mut fk("fk_isched_asset", ("inspection_schedule", "asset_id"), "asset", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_isched_active", "inspection_schedule", &["active", "id"])).await?;

        m.create_table(
            Table::create()
                .table("inspection")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("version_id"))
                .col(string("title"))
                .col(string("status"))
                .col(date("due_date"))
                .col(big_integer_null("lead_id"))
                .col(text("team"))
                .col(big_integer_null("asset_id"))
                .col(string("area"))
                .col(double_null("score"))
                .col(boolean_null("passed"))
                .col(big_integer_null("signed_by"))
                .col(timestamp_with_time_zone_null("signed_at"))
                .col(string("auditee_name"))
                // the auditee's own signature, when they have an account and were present
                .col(big_integer_null("auditee_signed_by"))
                .col(timestamp_with_time_zone_null("started_at"))
                .col(timestamp_with_time_zone_null("completed_at"))
                .col(big_integer_null("schedule_id"))
                .col(date_null("nominal_due"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_insp_schedule", ("inspection", "schedule_id"), "inspection_schedule", SetNull))
                .foreign_key(&mut fk("fk_insp_site", ("inspection", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_insp_version", ("inspection", "version_id"), "inspection_version", Restrict))
                .foreign_key(&mut fk("fk_insp_asset", ("inspection", "asset_id"), "asset", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_insp_site", "inspection", &["site_id", "status", "due_date"])).await?;
        // one audit per schedule occurrence, whatever runs the job
        m.create_index(index("ux_insp_occurrence", "inspection", &["schedule_id", "nominal_due"]).unique().to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table("inspection_answer")
                .col(big_pk_auto("id"))
                .col(big_integer("inspection_id"))
                .col(integer("item_index"))
                .col(text("answer"))
                .col(text("note"))
                .col(big_integer_null("answered_by"))
                .col(timestamp_with_time_zone("answered_at"))
                .foreign_key(&mut fk("fk_answer_insp", ("inspection_answer", "inspection_id"), "inspection", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(
            index("ux_answer_item", "inspection_answer", &["inspection_id", "item_index"]).unique().to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("inspection_photo")
                .col(big_pk_auto("id"))
                .col(big_integer("inspection_id"))
                .col(integer_null("item_index"))
                .col(big_integer("attachment_id"))
                .foreign_key(&mut fk("fk_iphoto_insp", ("inspection_photo", "inspection_id"), "inspection", Cascade))
                .foreign_key(&mut fk("fk_iphoto_att", ("inspection_photo", "attachment_id"), "attachment", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_iphoto_insp", "inspection_photo", &["inspection_id"])).await?;

        m.create_table(
            Table::create()
                .table("finding")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("inspection_id"))
                .col(integer_null("item_index"))
                .col(string("grade"))
                .col(string("title"))
                .col(text("description"))
                .col(string("clauses"))
                // required before a nonconformity gets its CAPA
                .col(text("root_cause"))
                .col(string("status"))
                .col(big_integer_null("capa_id"))
                .col(big_integer_null("work_order_id"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("closed_at"))
                .foreign_key(&mut fk("fk_finding_site", ("finding", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_finding_insp", ("finding", "inspection_id"), "inspection", Cascade))
                .foreign_key(&mut fk("fk_finding_capa", ("finding", "capa_id"), "capa_action", SetNull))
                .foreign_key(&mut fk("fk_finding_wo", ("finding", "work_order_id"), "work_order", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_finding_insp", "finding", &["inspection_id"])).await?;
        m.create_index(index("ix_finding_site", "finding", &["site_id", "status"])).await?;
        m.create_index(index("ix_finding_wo", "finding", &["work_order_id"])).await?;
        m.create_index(index("ix_finding_capa", "finding", &["capa_id"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "finding",
            "inspection_photo",
            "inspection_answer",
            "inspection",
            "inspection_version",
            "inspection_template",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
