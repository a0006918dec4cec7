//! Compliance: frameworks and their requirements (shipped catalogues and the plant's own), which
//! apply per site, evidence with revisions (files kept with their SHA-256), mappings from the work
//! (PM schedules, audit templates, certification types) to requirements, organisation
//! certificates with their surveillance audits, people's certifications and the types each role
//! needs, auditor grants scoped to a framework, and audit-pack builds.
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

use ForeignKeyAction::{Cascade, Restrict, SetNull};

const TABLES: &[&str] = &[
    "audit_pack",
    "cert_requirement",
    "person_cert",
    "cert_type",
    "certificate_audit",
    "org_certificate",
    "requirement_map",
    "evidence_revision",
    "evidence_requirement",
    "evidence",
    "site_framework",
    "requirement",
    "framework",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("framework")
                .col(big_pk_auto("id"))
                .col(string("code"))
                .col(string("name"))
                .col(string("edition"))
                .col(boolean("builtin"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ux_framework_code", "framework", &["code"]).unique().to_owned()).await?;

        m.create_table(
            Table::create()
                .table("requirement")
                .col(big_pk_auto("id"))
                .col(big_integer("framework_id"))
                .col(string("reference"))
                .col(string("title"))
                .col(string("grp"))
                .col(integer_null("every_months"))
                .col(integer("position"))
                .foreign_key(&mut fk("fk_req_framework", ("requirement", "framework_id"), "framework", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ux_req_ref", "requirement", &["framework_id", "reference"]).unique().to_owned()).await?;

        m.create_table(
            Table::create()
                .table("site_framework")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("framework_id"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_sf_site", ("site_framework", "site_id"), "site", Cascade))
                .foreign_key(&mut fk("fk_sf_framework", ("site_framework", "framework_id"), "framework", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ux_site_framework", "site_framework", &["site_id", "framework_id"]).unique().to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table("evidence")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(string("title"))
                // file, link or record (domain::evidence::EvidenceKind)
                .col(string("kind"))
                .col(text("url"))
                .col(string("record_type"))
                .col(big_integer_null("record_id"))
                .col(date("effective_date"))
                .col(date_null("valid_until"))
                .col(big_integer("owner_id"))
                .col(string("status"))
                // manual, or auto: created by the work itself (origin_key says from what)
                .col(string("origin"))
                .col(string_null("origin_key"))
                .col(integer("revision"))
                .col(big_integer_null("approved_by"))
                .col(timestamp_with_time_zone_null("approved_at"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_evidence_site", ("evidence", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_evidence_owner", ("evidence", "owner_id"), "app_user", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_evidence_site", "evidence", &["site_id", "status", "id"])).await?;
        m.create_index(index("ix_evidence_expiry", "evidence", &["status", "valid_until"])).await?;
        m.create_index(index("ux_evidence_origin", "evidence", &["origin_key"]).unique().to_owned()).await?;

        m.create_table(
            Table::create()
                .table("evidence_requirement")
                .col(big_pk_auto("id"))
                .col(big_integer("evidence_id"))
                .col(big_integer("requirement_id"))
                .foreign_key(&mut fk("fk_er_evidence", ("evidence_requirement", "evidence_id"), "evidence", Cascade))
                .foreign_key(&mut fk("fk_er_req", ("evidence_requirement", "requirement_id"), "requirement", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(
            index("ux_evidence_req", "evidence_requirement", &["evidence_id", "requirement_id"]).unique().to_owned(),
        )
        .await?;
        m.create_index(index("ix_evidence_req_req", "evidence_requirement", &["requirement_id"])).await?;

        m.create_table(
            Table::create()
                .table("evidence_revision")
                .col(big_pk_auto("id"))
                .col(big_integer("evidence_id"))
                .col(integer("number"))
                .col(big_integer_null("attachment_id"))
                .col(text("url"))
                .col(string("sha256"))
                .col(date("effective_date"))
                .col(date_null("valid_until"))
                .col(text("note"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_erev_evidence", ("evidence_revision", "evidence_id"), "evidence", Cascade))
                .foreign_key(&mut fk("fk_erev_att", ("evidence_revision", "attachment_id"), "attachment", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ux_erev_number", "evidence_revision", &["evidence_id", "number"]).unique().to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table("requirement_map")
                .col(big_pk_auto("id"))
                .col(big_integer("requirement_id"))
                // pm_schedule, inspection_template or cert_type
                .col(string("source_type"))
                .col(big_integer("source_id"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_rmap_req", ("requirement_map", "requirement_id"), "requirement", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(
            index("ux_rmap", "requirement_map", &["source_type", "source_id", "requirement_id"]).unique().to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("org_certificate")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer_null("framework_id"))
                .col(string("standard"))
                .col(string("body"))
                .col(string("number"))
                .col(text("scope"))
                .col(date("decision_date"))
                .col(date("expiry"))
                .col(big_integer_null("attachment_id"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("fk_ocert_site", ("org_certificate", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_ocert_fw", ("org_certificate", "framework_id"), "framework", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_ocert_site", "org_certificate", &["site_id", "expiry"])).await?;

        m.create_table(
            Table::create()
                .table("certificate_audit")
                .col(big_pk_auto("id"))
                .col(big_integer("certificate_id"))
                // surveillance or recertification
                .col(string("kind"))
                .col(date("held_on"))
                .col(text("note"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "fk_caudit_cert",
                    ("certificate_audit", "certificate_id"),
                    "org_certificate",
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_caudit_cert", "certificate_audit", &["certificate_id", "held_on"])).await?;

        m.create_table(
            Table::create()
                .table("cert_type")
                .col(big_pk_auto("id"))
                .col(string("name"))
                .col(integer_null("validity_months"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ux_cert_type_name", "cert_type", &["name"]).unique().to_owned()).await?;

        m.create_table(
            Table::create()
                .table("person_cert")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("user_id"))
                .col(big_integer("cert_type_id"))
                .col(date("issued_on"))
                .col(date_null("expires_on"))
                .col(big_integer_null("attachment_id"))
                .col(text("note"))
                .col(big_integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("fk_pcert_site", ("person_cert", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_pcert_user", ("person_cert", "user_id"), "app_user", Cascade))
                .foreign_key(&mut fk("fk_pcert_type", ("person_cert", "cert_type_id"), "cert_type", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_pcert_user", "person_cert", &["user_id", "cert_type_id"])).await?;
        m.create_index(index("ix_pcert_expiry", "person_cert", &["expires_on"])).await?;

        m.create_table(
            Table::create()
                .table("cert_requirement")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(string("role"))
                .col(big_integer("cert_type_id"))
                .foreign_key(&mut fk("fk_creq_site", ("cert_requirement", "site_id"), "site", Cascade))
                .foreign_key(&mut fk("fk_creq_type", ("cert_requirement", "cert_type_id"), "cert_type", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(
            index("ux_cert_req", "cert_requirement", &["site_id", "role", "cert_type_id"]).unique().to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("audit_pack")
                .col(big_pk_auto("id"))
                .col(big_integer("site_id"))
                .col(big_integer("framework_id"))
                .col(date("period_from"))
                .col(date("period_to"))
                // queued, building, ready or failed
                .col(string("status"))
                .col(integer("progress"))
                .col(string("storage_name"))
                .col(string("sha256"))
                .col(big_integer("size_bytes"))
                .col(text("error"))
                .col(big_integer_null("requested_by"))
                .col(timestamp_with_time_zone("created_at"))
                // set when a builder claims it and refreshed with each step: a lease, so a build
                // cut off by a crash is taken up again
                .col(timestamp_with_time_zone_null("claimed_at"))
                .col(timestamp_with_time_zone_null("finished_at"))
                .foreign_key(&mut fk("fk_pack_site", ("audit_pack", "site_id"), "site", Restrict))
                .foreign_key(&mut fk("fk_pack_fw", ("audit_pack", "framework_id"), "framework", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("ix_pack_site", "audit_pack", &["site_id", "id"])).await?;
        m.create_index(index("ix_pack_status", "audit_pack", &["status", "id"])).await?;

        // an auditor's grant can be limited to one framework
        m.alter_table(Table::alter().table("role_grant").add_column(big_integer_null("framework_id")).to_owned())
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("role_grant").drop_column("framework_id").to_owned()).await?;
        for t in TABLES {
            m.drop_table(Table::drop().table(*t).to_owned()).await?;
        }
        Ok(())
    }
}
