//! OEE from production counts: a site's list of downtime reasons (unplanned, planned or not
//! scheduled), the reason of each stop, the ideal cycle time of an asset with its history, and one
//! production record per asset and shift. Existing sites get the default reasons; a stop without
//! a reason (recorded before) counts as unplanned.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The default reasons as of this migration (domain::oee::DEFAULT_REASONS may grow later).
const REASONS: &[(&str, &str, &str)] = &[
    ("BREAKDOWN", "Breakdown", "unplanned"),
    ("NO-MATERIAL", "No material", "unplanned"),
    ("NO-OPERATOR", "No operator", "unplanned"),
    ("QUALITY", "Quality problem", "unplanned"),
    ("CHANGEOVER", "Changeover", "planned"),
    ("CLEANING", "Cleaning", "planned"),
    ("BREAK", "Break", "not_scheduled"),
    ("PLANNED-MAINT", "Planned maintenance", "not_scheduled"),
    ("NO-ORDERS", "No orders", "not_scheduled"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("downtime_reason")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(string_len("code", 32))
                .col(string_len("name", 120))
                .col(string_len("kind", 16))
                .col(boolean("active").default(true))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_down_reason_site")
                        .from("downtime_reason", "site_id")
                        .to("site", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_down_reason_code")
                .table("downtime_reason")
                .col("site_id")
                .col("code")
                .unique()
                .to_owned(),
        )
        .await?;
        let conn = m.get_connection();
        for (code, name, kind) in REASONS {
            conn.execute_unprepared(&format!(
                "INSERT INTO downtime_reason (site_id, code, name, kind, active) SELECT id, '{code}', '{name}', '{kind}', TRUE FROM site"
            ))
            .await?;
        }
        // no foreign key: SQLite cannot add one to an existing table; reasons are never deleted
        m.alter_table(Table::alter().table("asset_downtime").add_column(big_integer_null("reason_id")).to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table("asset_cycle_time")
                .col(big_pk_auto("id"))
                .col(big_integer("asset_id"))
                .col(double("ideal_cycle_seconds"))
                .col(timestamp_with_time_zone("effective_from"))
                .col(big_integer_null("set_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_cycle_asset")
                        .from("asset_cycle_time", "asset_id")
                        .to("asset", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_cycle_asset")
                .table("asset_cycle_time")
                .col("asset_id")
                .col("effective_from")
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("production_record")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("asset_id"))
                .col(timestamp_with_time_zone("shift_start"))
                .col(timestamp_with_time_zone("shift_end"))
                .col(double("planned_minutes"))
                .col(double("ideal_cycle_seconds"))
                .col(big_integer("total_count"))
                .col(big_integer("reject_count"))
                .col(big_integer("startup_reject_count"))
                .col(big_integer_null("entered_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_prod_site")
                        .from("production_record", "site_id")
                        .to("site", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_prod_asset")
                        .from("production_record", "asset_id")
                        .to("asset", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_prod_asset_shift")
                .table("production_record")
                .col("asset_id")
                .col("shift_start")
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_prod_site_shift")
                .table("production_record")
                .col("site_id")
                .col("shift_start")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("production_record").to_owned()).await?;
        m.drop_table(Table::drop().table("asset_cycle_time").to_owned()).await?;
        m.alter_table(Table::alter().table("asset_downtime").drop_column("reason_id").to_owned()).await?;
        m.drop_table(Table::drop().table("downtime_reason").to_owned()).await
    }
}
