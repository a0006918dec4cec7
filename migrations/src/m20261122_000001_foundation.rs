//! Organisation, sites, users, role grants, sessions, API tokens, login throttling and the
//! append-only, hash-chained audit trail.
use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from_table: &'static str,
    from_col: &'static str,
    to_table: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(from_table, from_col).to(to_table, "id").on_delete(on_delete).to_owned()
}

fn index(name: &str, table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(table);
    for c in cols {
        i.col(*c);
    }
    i.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("organisation")
                .col(big_pk_auto("id"))
                .col(string("name"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("site")
                .col(big_pk_auto("id"))
                .col(big_integer("organisation_id"))
                .col(string_uniq("code"))
                .col(string("name"))
                .col(text("address"))
                .col(string("timezone"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "fk_site_org",
                    "site",
                    "organisation_id",
                    "organisation",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("app_user")
                .col(big_pk_auto("id"))
                .col(string_uniq("email"))
                .col(string("display_name"))
                .col(string("password_hash"))
                .col(boolean("active"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("password_changed_at"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("role_grant")
                .col(big_pk_auto("id"))
                .col(big_integer("user_id"))
                .col(big_integer_null("site_id"))
                .col(string("role"))
                .col(date_null("expires_on"))
                .col(big_integer_null("granted_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_grant_user", "role_grant", "user_id", "app_user", ForeignKeyAction::Cascade))
                .foreign_key(&mut fk("fk_grant_site", "role_grant", "site_id", "site", ForeignKeyAction::Cascade))
                .to_owned(),
        )
        .await?;
        // One grant per (user, site or all sites, role). COALESCE makes "all sites" (NULL) comparable.
        m.get_connection()
            .execute_unprepared("CREATE UNIQUE INDEX ux_role_grant ON role_grant (user_id, COALESCE(site_id, 0), role)")
            .await?;
        m.create_index(index("ix_role_grant_site", "role_grant", &["site_id"])).await?;

        m.create_table(
            Table::create()
                .table("session")
                .col(big_pk_auto("id"))
                .col(string_uniq("token_hash"))
                .col(big_integer("user_id"))
                .col(big_integer_null("current_site_id"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone("last_seen_at"))
                .col(string("client_ip"))
                .col(string("user_agent"))
                .foreign_key(&mut fk("fk_session_user", "session", "user_id", "app_user", ForeignKeyAction::Cascade))
                .foreign_key(&mut fk(
                    "fk_session_site",
                    "session",
                    "current_site_id",
                    "site",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_session_user", "session", &["user_id", "client_ip"])).await?;
        m.create_index(index("ix_session_expires", "session", &["expires_at"])).await?;

        m.create_table(
            Table::create()
                .table("api_token")
                .col(big_pk_auto("id"))
                .col(big_integer("user_id"))
                .col(string("name"))
                .col(string("prefix"))
                .col(string_uniq("token_hash"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("last_used_at"))
                .col(timestamp_with_time_zone_null("revoked_at"))
                .foreign_key(&mut fk("fk_token_user", "api_token", "user_id", "app_user", ForeignKeyAction::Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_api_token_user", "api_token", &["user_id"])).await?;

        m.create_table(
            Table::create()
                .table("login_failure")
                .col(big_pk_auto("id"))
                .col(string("throttle_key"))
                .col(timestamp_with_time_zone("failed_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_login_failure_key", "login_failure", &["throttle_key", "failed_at"])).await?;

        m.create_table(
            Table::create()
                .table("audit_event")
                .col(ColumnDef::new("seq").big_integer().not_null().primary_key())
                .col(timestamp_with_time_zone("occurred_at"))
                .col(big_integer_null("actor_user_id"))
                .col(string("actor_label"))
                .col(big_integer_null("site_id"))
                .col(string("action"))
                .col(string("entity_type"))
                .col(string("entity_id"))
                .col(text_null("before_json"))
                .col(text_null("after_json"))
                .col(text_null("reason"))
                .col(string("prev_hash"))
                .col(string("hash"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_audit_site_seq", "audit_event", &["site_id", "seq"])).await?;
        m.create_index(index("ix_audit_actor_seq", "audit_event", &["actor_user_id", "seq"])).await?;
        m.create_index(index("ix_audit_entity", "audit_event", &["entity_type", "entity_id", "seq"])).await?;
        m.create_index(index("ix_audit_time", "audit_event", &["occurred_at"])).await?;

        // The head of the chain: one row, locked by every append so events get consecutive sequence
        // numbers and each links to the one before, also with several app instances on PostgreSQL.
        m.create_table(
            Table::create()
                .table("audit_head")
                .col(ColumnDef::new("id").integer().not_null().primary_key())
                .col(big_integer("last_seq"))
                .col(string("last_hash"))
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO audit_head (id, last_seq, last_hash) VALUES \
                 (1, 0, '0000000000000000000000000000000000000000000000000000000000000000')",
            )
            .await?;

        // The database itself refuses to change or remove audit events.
        let triggers = match m.get_database_backend() {
            DbBackend::Sqlite => vec![
                "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event \
                 BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
                "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event \
                 BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
            ],
            _ => vec![
                "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$",
                "CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event \
                 FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
                "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event \
                 FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
            ],
        };
        for sql in triggers {
            m.get_connection().execute_unprepared(sql).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DbBackend::Postgres {
            m.get_connection().execute_unprepared("DROP FUNCTION IF EXISTS audit_event_append_only() CASCADE").await?;
        }
        for t in [
            "audit_head",
            "audit_event",
            "login_failure",
            "api_token",
            "session",
            "role_grant",
            "app_user",
            "site",
            "organisation",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
