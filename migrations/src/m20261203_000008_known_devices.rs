//! Devices a person has signed in from: a random token in an HttpOnly cookie set at a successful
//! sign-in (only its SHA-256 is stored), one row per device and person. A sign-in from a known
//! device has its own throttle budget, so wrong passwords sent from elsewhere (or by others
//! behind the same plant address) cannot lock the real user out, and an attacker at that address
//! gains nothing from the user's earlier sign-ins.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("known_device")
                .col(ColumnDef::new("token_hash").string().not_null())
                .col(big_integer("user_id"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("last_seen_at"))
                .primary_key(Index::create().col("token_hash").col("user_id"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_kdev_user")
                        .from("known_device", "user_id")
                        .to("app_user", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_kdev_seen").table("known_device").col("last_seen_at").to_owned()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("known_device").to_owned()).await
    }
}
