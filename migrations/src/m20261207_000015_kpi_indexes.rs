//! Indexes that hold what the KPI page counts, so it reads an index and never a site's every work
//! order: open work by status and due date with the estimated minutes (overdue and backlog in one
//! pass), corrective work by asset and the day it was opened (failures per asset, counted in asset
//! order without sorting the work orders), time entries by the day they were logged.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn index(name: &str, table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(table);
    for c in cols {
        i.col(*c);
    }
    i.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // the same leading columns as ix_wo_site_status_due, which it replaces
        m.create_index(index(
            "ix_wo_site_status_due_est",
            "work_order",
            &["site_id", "status", "due_date", "estimated_minutes"],
        ))
        .await?;
        m.drop_index(Index::drop().name("ix_wo_site_status_due").table("work_order").to_owned()).await?;
        m.create_index(index("ix_wo_site_type_asset", "work_order", &["site_id", "wo_type", "asset_id", "created_at"]))
            .await?;
        m.create_index(index("ix_time_created", "wo_time_entry", &["created_at"])).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_time_created").table("wo_time_entry").to_owned()).await?;
        m.drop_index(Index::drop().name("ix_wo_site_type_asset").table("work_order").to_owned()).await?;
        m.create_index(index("ix_wo_site_status_due", "work_order", &["site_id", "status", "due_date"])).await?;
        m.drop_index(Index::drop().name("ix_wo_site_status_due_est").table("work_order").to_owned()).await
    }
}
