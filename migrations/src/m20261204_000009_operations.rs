//! Operations a device sent with its own id (the offline queue's replay, a double tap, a retry
//! after a lost answer): the id is written in the same transaction as the operation's effect, so
//! an id applies at most once, and the answer given the first time is kept for a replay. An
//! anonymous problem report from a QR label has no person (`user_id` empty).
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
                .table("operation")
                .col(ColumnDef::new("id").string().not_null().primary_key())
                .col(big_integer_null("user_id"))
                .col(string("endpoint"))
                .col(timestamp_with_time_zone_null("tapped_at"))
                .col(timestamp_with_time_zone("received_at"))
                .col(integer_null("status"))
                .col(string_null("location"))
                .col(string_null("content_type"))
                .col(text_null("body"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_operation_user")
                        .from("operation", "user_id")
                        .to("app_user", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_operation_received").table("operation").col("received_at").to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("operation").to_owned()).await
    }
}
