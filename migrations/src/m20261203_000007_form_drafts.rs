//! What a person typed into a form the server refused, kept for a quarter of an hour so the page
//! the browser is sent back to shows it again (forms posted without JavaScript lose their values
//! on the redirect). One row per browser: the key is the SHA-256 of a random token held in an
//! HttpOnly cookie, bound to the signed-in user (none for sign-in).
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
                .table("form_draft")
                .col(ColumnDef::new("token_hash").string().not_null().primary_key())
                .col(big_integer_null("user_id"))
                // the server function the form posted to, e.g. "/sfn/answer_step"
                .col(string("sfn_path"))
                // JSON array of [name, value] pairs, in the order the browser sent them
                .col(text("fields"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_fdraft_user")
                        .from("form_draft", "user_id")
                        .to("app_user", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_fdraft_created").table("form_draft").col("created_at").to_owned()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("form_draft").to_owned()).await
    }
}
