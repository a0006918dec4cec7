//! Notes on a work order: what someone wants on the record, also once it is done or cancelled
//! (a change made offline on a work order closed meanwhile is kept this way).
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
                .table("wo_note")
                .col(big_pk_auto("id"))
                .col(big_integer("work_order_id"))
                .col(big_integer("user_id"))
                .col(text("body"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_wo_note_wo")
                        .from("wo_note", "work_order_id")
                        .to("work_order", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create().name("fk_wo_note_user").from("wo_note", "user_id").to("app_user", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_wo_note_wo").table("wo_note").col("work_order_id").col("id").to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("wo_note").to_owned()).await
    }
}
