//! Indexes that hold what the KPI page counts, so it reads an index and never a site's every work
//! order: open work by status and due date with the estimated minutes (overdue and backlog in one
//! pass), corrective work by asset and the day it was opened (failures per asset, counted in asset
//! order without sorting the work orders), time entries by the day they were logged.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // the same leading columns as ix_wo_site_status_due, which it replaces
        m.create_index(
            Index::create()
                .name("ix_wo_site_status_due_est")
                .table("work_order")
                .col("site_id")
                .col("status")
                .col("due_date")
                .col("estimated_minutes")
                .to_owned(),
        )
        .await?;
        m.drop_index(Index::drop().name("ix_wo_site_status_due").table("work_order").to_owned()).await?;
        m.create_index(
            Index::create()
                .name("ix_wo_site_type_asset")
                .table("work_order")
                .col("site_id")
                .col("wo_type")
                .col("asset_id")
                .col("created_at")
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_time_created").table("wo_time_entry").col("created_at").to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_time_created").table("wo_time_entry").to_owned()).await?;
        m.drop_index(Index::drop().name("ix_wo_site_type_asset").table("work_order").to_owned()).await?;
        m.create_index(
            Index::create()
                .name("ix_wo_site_status_due")
                .table("work_order")
                .col("site_id")
                .col("status")
                .col("due_date")
                .to_owned(),
        )
        .await?;
        m.drop_index(Index::drop().name("ix_wo_site_status_due_est").table("work_order").to_owned()).await
    }
}
