//! Languages: the one each person chose (NULL: not chosen yet, the site's default or the
//! browser's then), and a site's default (NULL: none; the browser's, else English).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("app_user").add_column(string_len_null("language", 16)).to_owned()).await?;
        m.alter_table(Table::alter().table("site").add_column(string_len_null("language", 16)).to_owned()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("site").drop_column("language").to_owned()).await?;
        m.alter_table(Table::alter().table("app_user").drop_column("language").to_owned()).await
    }
}
