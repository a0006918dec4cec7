//! A site's PM compliance window beside its percentage: symmetric (the default) or late only
//! (early work is on time), and a minimum number of days (0: none), so a weekly PM done a day
//! early can count where the site says so (domain.md, PM compliance).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table("site").add_column(string_len("pm_window_mode", 16).default("symmetric")).to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table("site").add_column(integer("pm_window_min_days").default(0)).to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("site").drop_column("pm_window_min_days").to_owned()).await?;
        m.alter_table(Table::alter().table("site").drop_column("pm_window_mode").to_owned()).await
    }
}
