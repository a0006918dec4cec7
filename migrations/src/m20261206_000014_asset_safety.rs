//! What keeps people safe at an asset: its energy-control (lockout/tagout) procedure and safety
//! notes, shown with its work orders and kept on the technician's phone with them.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("asset").add_column(text("energy_control").default("")).to_owned()).await?;
        m.alter_table(Table::alter().table("asset").add_column(text("safety_notes").default("")).to_owned()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("asset").drop_column("safety_notes").to_owned()).await?;
        m.alter_table(Table::alter().table("asset").drop_column("energy_control").to_owned()).await
    }
}
