//! The digest's queue as two small partial indexes: the reminders still waiting for a digest by
//! recipient (a reminder leaves the index when it is queued, skipped or settled, instead of every
//! reminder ever made staying in an index on its e-mail state), and the message that listed a
//! reminder only where there is one. Queueing a large digest then writes no index entry for those
//! two, measured on PostgreSQL with 160,749 reminders (see scripts/bench-reminders.sh).
//!
//! On PostgreSQL the reminder's site and recipient are no longer foreign keys: each is a trigger
//! run per inserted row, 1.2 s of the 2.4 s a plan of 160,749 reminders took to insert (SQLite
//! checks them inline, for little). A reminder is a derived entry of a person's queue, like its
//! `item_id` (which never was a foreign key): Gemba deletes neither sites (their work orders
//! restrict it) nor people (they are deactivated), and the digest skips a recipient or site it
//! cannot find.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

// the same SQL on SQLite and PostgreSQL; the queries that use them repeat the conditions literally
const UP: [&str; 4] = [
    "CREATE INDEX ix_reminder_waiting ON reminder (user_id, id) WHERE email_state = 'pending' AND done_at IS NULL",
    "DROP INDEX ix_reminder_user_email",
    "DROP INDEX ix_reminder_outbox",
    "CREATE INDEX ix_reminder_outbox ON reminder (outbox_id) WHERE outbox_id IS NOT NULL",
];
const DOWN: [&str; 4] = [
    "DROP INDEX ix_reminder_outbox",
    "CREATE INDEX ix_reminder_outbox ON reminder (outbox_id)",
    "CREATE INDEX ix_reminder_user_email ON reminder (email_state, user_id)",
    "DROP INDEX ix_reminder_waiting",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        for sql in UP {
            db.execute_unprepared(sql).await?;
        }
        if db.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared("ALTER TABLE reminder DROP CONSTRAINT fk_rem_site, DROP CONSTRAINT fk_rem_user")
                .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        if db.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared(
                "ALTER TABLE reminder \
                 ADD CONSTRAINT fk_rem_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE, \
                 ADD CONSTRAINT fk_rem_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE",
            )
            .await?;
        }
        for sql in DOWN {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }
}
