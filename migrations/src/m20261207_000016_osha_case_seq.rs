//! A counter of OSHA case numbers per site and year, so opening a case reads one row instead of
//! every case number of the year; filled from the cases already numbered (`2026-001`: the year, a
//! dash, the sequence).
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
                .table("osha_case_seq")
                .col(big_integer("site_id"))
                .col(integer("year"))
                .col(big_integer("last_seq"))
                .primary_key(Index::create().col("site_id").col("year"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_seq_site")
                        .from("osha_case_seq", "site_id")
                        .to("site", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO osha_case_seq (site_id, year, last_seq) \
                 SELECT site_id, year, MAX(CAST(SUBSTR(case_number, 6) AS BIGINT)) FROM osha_case GROUP BY site_id, year",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("osha_case_seq").to_owned()).await
    }
}
