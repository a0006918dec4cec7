//! Maintenance: assets (hierarchy by materialised path), meters and readings, spare parts, PM
//! schedules and their occurrences, work orders (assignees, checklist steps, time, parts,
//! sign-offs), downtime, attachments, TPM CIL points, checks and abnormality tags; site settings.
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
        // site settings, one ALTER per statement (SQLite)
        for col in [
            ColumnDef::new("allow_anonymous_reports").boolean().not_null().default(false).to_owned(),
            ColumnDef::new("pm_window_pct").integer().not_null().default(10).to_owned(),
        ] {
            m.alter_table(Table::alter().table("site").add_column(col).to_owned()).await?;
        }

        m.create_table(
            Table::create()
                .table("asset")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer_null("parent_id"))
                // "/1/5/9/": the ids from the root down to this asset, for subtrees and cycle checks
                .col(string("path"))
                .col(string("tag"))
                .col(string("name"))
                .col(string("category"))
                .col(string("criticality"))
                .col(string("manufacturer"))
                .col(string("model"))
                .col(string("serial"))
                .col(date_null("install_date"))
                .col(string("status"))
                .col(text("notes"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_asset_site", ("asset", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_asset_parent", ("asset", "parent_id"), "asset", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_asset_site_tag", "asset", &["site_id", "tag"])).await?;
        m.create_index(index("ix_asset_parent", "asset", &["site_id", "parent_id"])).await?;
        m.create_index(index("ix_asset_path", "asset", &["site_id", "path"])).await?;

        m.create_table(
            Table::create()
                .table("meter")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("asset_id"))
                .col(string("name"))
                .col(string("unit"))
                .col(string("kind"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_meter_site", ("meter", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_meter_asset", ("meter", "asset_id"), "asset", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_meter_asset", "meter", &["asset_id"])).await?;

        m.create_table(
            Table::create()
                .table("part")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(string("code"))
                .col(string("name"))
                .col(string("unit"))
                .col(double("on_hand"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_part_site", ("part", "site_id"), "site", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_part_site_code", "part", &["site_id", "code"])).await?;

        m.create_table(
            Table::create()
                .table("site_holiday")
                .col(big_integer("site_id"))
                .col(date("day"))
                .col(string("name"))
                .primary_key(Index::create().col("site_id").col("day"))
                .foreign_key(&mut fk("fk_holiday_site", ("site_holiday", "site_id"), "site", Cascade))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("pm_schedule")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("asset_id"))
                .col(string("title"))
                .col(text("description"))
                // fixed | floating | meter | time_or_meter | calendar
                .col(string("trigger_kind"))
                .col(integer_null("every_days"))
                .col(big_integer_null("meter_id"))
                .col(double_null("meter_every"))
                .col(double_null("baseline_reading"))
                .col(string_null("rrule"))
                .col(date("first_due"))
                .col(integer("lead_days"))
                .col(string("holiday_rule"))
                .col(integer("estimated_minutes"))
                .col(string_null("assigned_role"))
                .col(big_integer_null("assigned_user_id"))
                .col(string("priority"))
                // checklist template: JSON list of steps
                .col(text("steps_json"))
                .col(boolean("active"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_pm_site", ("pm_schedule", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_pm_asset", ("pm_schedule", "asset_id"), "asset", Restrict))
                .foreign_key(&mut fk("fk_pm_meter", ("pm_schedule", "meter_id"), "meter", Restrict))
                .foreign_key(&mut fk("fk_pm_user", ("pm_schedule", "assigned_user_id"), "app_user", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_pm_site_active", "pm_schedule", &["site_id", "active"])).await?;
        m.create_index(index("ix_pm_asset", "pm_schedule", &["asset_id"])).await?;

        m.create_table(
            Table::create()
                .table("work_order")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer_null("asset_id"))
                .col(string("wo_type"))
                .col(string("priority"))
                .col(string("status"))
                .col(string("title"))
                .col(text("description"))
                .col(date_null("due_date"))
                .col(string_null("assigned_role"))
                .col(big_integer_null("schedule_id"))
                .col(big_integer_null("parent_id"))
                .col(big_integer_null("requested_by"))
                .col(string("reporter_name"))
                .col(string("failure_problem"))
                .col(string("failure_cause"))
                .col(string("failure_remedy"))
                .col(integer("estimated_minutes"))
                .col(text("status_reason"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(timestamp_with_time_zone_null("started_at"))
                .col(timestamp_with_time_zone_null("completed_at"))
                .col(big_integer_null("completed_by"))
                .foreign_key(&mut fk("fk_wo_site", ("work_order", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_wo_asset", ("work_order", "asset_id"), "asset", Restrict))
                .foreign_key(&mut fk("fk_wo_schedule", ("work_order", "schedule_id"), "pm_schedule", Restrict))
                .foreign_key(&mut fk("fk_wo_parent", ("work_order", "parent_id"), "work_order", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_wo_site_status_due", "work_order", &["site_id", "status", "due_date"])).await?;
        m.create_index(index("ix_wo_asset_created", "work_order", &["asset_id", "created_at"])).await?;
        m.create_index(index("ix_wo_schedule", "work_order", &["schedule_id"])).await?;
        m.create_index(index("ix_wo_site_completed", "work_order", &["site_id", "completed_at"])).await?;

        m.create_table(
            Table::create()
                .table("work_order_assignee")
                .col(big_integer("work_order_id"))
                .col(big_integer("user_id"))
                // copied from the work order so "my work" needs no join to filter and sort
                .col(string("status"))
                .col(date_null("due_date"))
                .primary_key(Index::create().col("work_order_id").col("user_id"))
                .foreign_key(&mut fk("fk_woa_wo", ("work_order_assignee", "work_order_id"), "work_order", Cascade))
                .foreign_key(&mut fk("fk_woa_user", ("work_order_assignee", "user_id"), "app_user", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_woa_user_status_due", "work_order_assignee", &["user_id", "status", "due_date"]))
            .await?;

        m.create_table(
            Table::create()
                .table("pm_occurrence")
                .col(big_pk_auto("id"))
                .col(big_integer("schedule_id"))
                .col(date("nominal_due"))
                .col(date("due"))
                .col(integer("interval_days"))
                .col(boolean("missed"))
                .col(big_integer_null("work_order_id"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_occ_schedule", ("pm_occurrence", "schedule_id"), "pm_schedule", Cascade))
                .foreign_key(&mut fk("fk_occ_wo", ("pm_occurrence", "work_order_id"), "work_order", SetNull))
                .to_owned(),
        )
        .await?;
        // the generation job's idempotency key: an occurrence is recorded once, whoever runs it
        m.create_index(unique("ux_occ_schedule_nominal", "pm_occurrence", &["schedule_id", "nominal_due"])).await?;
        m.create_index(index("ix_occ_due", "pm_occurrence", &["due"])).await?;

        m.create_table(
            Table::create()
                .table("wo_step")
                .col(big_pk_auto("id"))
                .col(big_integer("work_order_id"))
                .col(integer("position"))
                .col(string("title"))
                .col(text("kind_json"))
                .col(boolean("required"))
                .col(text_null("answer_json"))
                .col(text("note"))
                .col(boolean_null("passed"))
                .col(big_integer_null("answered_by"))
                .col(timestamp_with_time_zone_null("answered_at"))
                .foreign_key(&mut fk("fk_step_wo", ("wo_step", "work_order_id"), "work_order", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_step_wo", "wo_step", &["work_order_id", "position"])).await?;

        m.create_table(
            Table::create()
                .table("wo_time_entry")
                .col(big_pk_auto("id"))
                .col(big_integer("work_order_id"))
                .col(big_integer("user_id"))
                .col(integer("minutes"))
                .col(string("note"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_time_wo", ("wo_time_entry", "work_order_id"), "work_order", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_time_wo", "wo_time_entry", &["work_order_id"])).await?;

        m.create_table(
            Table::create()
                .table("wo_part")
                .col(big_pk_auto("id"))
                .col(big_integer("work_order_id"))
                .col(big_integer("part_id"))
                .col(double("quantity"))
                .col(boolean("consumed"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_wop_wo", ("wo_part", "work_order_id"), "work_order", Cascade))
                .foreign_key(&mut fk("fk_wop_part", ("wo_part", "part_id"), "part", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_wop_wo", "wo_part", &["work_order_id"])).await?;

        m.create_table(
            Table::create()
                .table("wo_signoff")
                .col(big_pk_auto("id"))
                .col(big_integer("work_order_id"))
                .col(big_integer("user_id"))
                .col(string("printed_name"))
                .col(string("meaning"))
                .col(timestamp_with_time_zone("signed_at"))
                .foreign_key(&mut fk("fk_sign_wo", ("wo_signoff", "work_order_id"), "work_order", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_sign_wo", "wo_signoff", &["work_order_id"])).await?;

        m.create_table(
            Table::create()
                .table("asset_downtime")
                .col(big_pk_auto("id"))
                .col(big_integer("asset_id"))
                .col(big_integer_null("work_order_id"))
                .col(timestamp_with_time_zone("started_at"))
                .col(timestamp_with_time_zone_null("ended_at"))
                .col(string("reason"))
                .foreign_key(&mut fk("fk_down_asset", ("asset_downtime", "asset_id"), "asset", Restrict))
                .foreign_key(&mut fk("fk_down_wo", ("asset_downtime", "work_order_id"), "work_order", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_down_asset", "asset_downtime", &["asset_id", "started_at"])).await?;

        m.create_table(
            Table::create()
                .table("meter_reading")
                .col(big_pk_auto("id"))
                .col(big_integer("meter_id"))
                .col(double("value"))
                .col(boolean("is_reset"))
                .col(timestamp_with_time_zone("read_at"))
                .col(big_integer_null("recorded_by"))
                .col(big_integer_null("work_order_id"))
                .foreign_key(&mut fk("fk_reading_meter", ("meter_reading", "meter_id"), "meter", Cascade))
                .foreign_key(&mut fk("fk_reading_wo", ("meter_reading", "work_order_id"), "work_order", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_reading_meter_time", "meter_reading", &["meter_id", "read_at"])).await?;

        m.create_table(
            Table::create()
                .table("attachment")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                // work_order | tag | cil_check | request
                .col(string("owner_type"))
                .col(big_integer("owner_id"))
                .col(string("storage_name"))
                .col(string("content_type"))
                .col(big_integer("size_bytes"))
                .col(string("sha256"))
                .col(string("original_name"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_att_site", ("attachment", "site_id"), "site", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_att_owner", "attachment", &["owner_type", "owner_id"])).await?;

        m.create_table(
            Table::create()
                .table("cil_point")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("asset_id"))
                .col(integer("position"))
                .col(string("title"))
                .col(text("method"))
                .col(text("acceptance"))
                .col(string("tool"))
                .col(integer("minutes"))
                .col(string("frequency"))
                .col(string("role"))
                .col(boolean("active"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_cil_site", ("cil_point", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_cil_asset", ("cil_point", "asset_id"), "asset", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_cil_asset", "cil_point", &["asset_id", "position"])).await?;
        m.create_index(index("ix_cil_site", "cil_point", &["site_id", "active"])).await?;

        m.create_table(
            Table::create()
                .table("abnormality_tag")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("asset_id"))
                .col(string("kind"))
                .col(string("category"))
                .col(text("description"))
                .col(string("am_step"))
                .col(string("priority"))
                .col(text("countermeasure"))
                .col(big_integer_null("found_by"))
                .col(timestamp_with_time_zone("found_at"))
                .col(big_integer_null("closed_by"))
                .col(timestamp_with_time_zone_null("closed_at"))
                .col(big_integer_null("work_order_id"))
                .foreign_key(&mut fk("fk_tag_site", ("abnormality_tag", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_tag_asset", ("abnormality_tag", "asset_id"), "asset", Restrict))
                .foreign_key(&mut fk("fk_tag_wo", ("abnormality_tag", "work_order_id"), "work_order", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_tag_site", "abnormality_tag", &["site_id", "closed_at"])).await?;

        m.create_table(
            Table::create()
                .table("cil_check")
                .col(big_pk_auto("id"))
                .col(big_integer("point_id"))
                .col(date("day"))
                .col(boolean("ok"))
                .col(text("note"))
                .col(double_null("reading"))
                .col(big_integer_null("checked_by"))
                .col(timestamp_with_time_zone("checked_at"))
                .col(big_integer_null("tag_id"))
                .foreign_key(&mut fk("fk_check_point", ("cil_check", "point_id"), "cil_point", Cascade))
                .foreign_key(&mut fk("fk_check_tag", ("cil_check", "tag_id"), "abnormality_tag", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_check_point_day", "cil_check", &["point_id", "day"])).await?;

        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "cil_check",
            "abnormality_tag",
            "cil_point",
            "attachment",
            "meter_reading",
            "asset_downtime",
            "wo_signoff",
            "wo_part",
            "wo_time_entry",
            "wo_step",
            "pm_occurrence",
            "work_order_assignee",
            "work_order",
            "pm_schedule",
            "site_holiday",
            "part",
            "meter",
            "asset",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        for col in ["pm_window_pct", "allow_anonymous_reports"] {
            m.alter_table(Table::alter().table("site").drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}
