//! Reminders: policies per item type and site, each user's preferences, the reminders themselves
//! (one row per item occurrence and recipient: the in-app inbox and what the digest emails), the
//! day each site was planned, and the outbox of messages claimed, sent and retried from the
//! database. OSHA years learn when their ITA submission was made.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from: (&'static str, &'static str),
    to: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(from.0, from.1).to(to, "id").on_delete(on_delete).to_owned()
}

fn index(name: &str, table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(table);
    for c in cols {
        i.col(*c);
    }
    i.to_owned()
}

use ForeignKeyAction::{Cascade, SetNull};

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("reminder_policy")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(string("item_type"))
                // days before the date, e.g. "30,14,7,1" (empty: none)
                .col(string("days_before"))
                .col(boolean("daily_overdue"))
                .col(integer_null("escalate_after_days"))
                .col(big_integer_null("updated_by"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_rpol_site", ("reminder_policy", "site_id"), "site", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ux_rpol_site_type", "reminder_policy", &["site_id", "item_type"]).unique().to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table("reminder_pref")
                .col(ColumnDef::new("user_id").big_integer().not_null().primary_key())
                // item types the user gets no e-mail for (comma-separated); the inbox still shows them
                .col(text("email_off"))
                // local hour (0-23) from which the day's digest goes out
                .col(integer("digest_hour"))
                // the site whose time zone the digest hour is in (None: the first site granted)
                .col(big_integer_null("tz_site_id"))
                // for List-Unsubscribe: switches optional e-mails off, nothing else
                .col(string_uniq("unsubscribe_token"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_rpref_user", ("reminder_pref", "user_id"), "app_user", Cascade))
                .foreign_key(&mut fk("fk_rpref_site", ("reminder_pref", "tz_site_id"), "site", SetNull))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("outbox")
                .col(big_pk_auto("id"))
                .col(big_integer_null("user_id"))
                .col(string("to_addr"))
                .col(string("subject"))
                .col(string_uniq("message_id"))
                // the whole RFC 5322 message, sent byte for byte the same on every attempt
                .col(text("raw"))
                // pending, sending, sent, failed
                .col(string("state"))
                .col(integer("attempts"))
                .col(timestamp_with_time_zone("next_attempt_at"))
                .col(string_null("claimed_by"))
                .col(timestamp_with_time_zone_null("claim_until"))
                // the SMTP server's last reply (or the connection error)
                .col(text("last_reply"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("sent_at"))
                .foreign_key(&mut fk("fk_outbox_user", ("outbox", "user_id"), "app_user", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_outbox_state_next", "outbox", &["state", "next_attempt_at"])).await?;
        m.create_index(index("ix_outbox_created", "outbox", &["created_at"])).await?;

        m.create_table(
            Table::create()
                .table("reminder")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("user_id"))
                .col(string("item_type"))
                .col(big_integer("item_id"))
                // the item's due or expiry date when this reminder was planned
                .col(date("due_on"))
                // domain::reminder::Kind::code: before-30, due, overdue-3, escalation-7
                .col(string("kind"))
                .col(boolean("required"))
                .col(string("title"))
                .col(string("link"))
                // the site's day this reminder is for
                .col(date("planned_on"))
                // pending (for the next digest), queued (in the outbox), skipped (no e-mail)
                .col(string("email_state"))
                .col(big_integer_null("outbox_id"))
                .col(timestamp_with_time_zone_null("read_at"))
                // the item was completed or renewed: nothing more is pending for it
                .col(timestamp_with_time_zone_null("done_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_rem_site", ("reminder", "site_id"), "site", Cascade))
                .foreign_key(&mut fk("fk_rem_user", ("reminder", "user_id"), "app_user", Cascade))
                .foreign_key(&mut fk("fk_rem_outbox", ("reminder", "outbox_id"), "outbox", SetNull))
                .to_owned(),
        )
        .await?;
        // the deterministic identity of a reminder occurrence: planned once, whoever plans it
        m.create_index(
            index("ux_reminder_occurrence", "reminder", &["item_type", "item_id", "due_on", "kind", "user_id"])
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_reminder_user_email", "reminder", &["email_state", "user_id"])).await?;
        m.create_index(index("ix_reminder_inbox", "reminder", &["user_id", "read_at", "done_at", "id"])).await?;
        m.create_index(index("ix_reminder_outbox", "reminder", &["outbox_id"])).await?;

        m.create_table(
            Table::create()
                .table("reminder_run")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(date("day"))
                .col(integer("planned"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_rrun_site", ("reminder_run", "site_id"), "site", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ux_reminder_run", "reminder_run", &["site_id", "day"]).unique().to_owned()).await?;

        m.alter_table(Table::alter().table("osha_year").add_column(date_null("ita_submitted_on")).to_owned()).await?;
        m.alter_table(Table::alter().table("osha_year").add_column(big_integer_null("ita_submitted_by")).to_owned())
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("osha_year").drop_column("ita_submitted_by").to_owned()).await?;
        m.alter_table(Table::alter().table("osha_year").drop_column("ita_submitted_on").to_owned()).await?;
        for t in ["reminder_run", "reminder", "outbox", "reminder_pref", "reminder_policy"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
