//! Home's agenda: the open actions a person owns and the audits they lead on a site, read in one
//! statement (the first `limit` of each, by due date, as `capa::for_site_by_due` and
//! `inspections::open_led_by` read them one at a time).
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SelectStatement, UnionType};
use sea_orm::{
    ConnectionTrait, DbErr, EntityName, EntityTrait, FromQueryResult, IdenStatic, Iterable, QuerySelect, QueryTrait,
};

use crate::entities::{capa_action as ca, inspection as ins};

fn columns<E: EntityTrait>() -> Vec<&'static str> {
    E::Column::iter().map(|c| c.as_str()).collect()
}

/// One branch of the union: `kind`, then the actions' columns (named `A_…`) and the audits'
/// (`B_…`), those of `E` read from its rows whose ids `ids` selects, the others `NULL`. Branches
/// carry no order or limit of their own (the ids do), so the union is a plain compound select on
/// SQLite and PostgreSQL alike, each column typed by the branch that has it.
fn branch<E: EntityTrait>(kind: i32, ids: SelectStatement) -> SelectStatement {
    let mut q = Query::select();
    q.expr_as(Expr::cust(kind.to_string()), Alias::new("kind"));
    let mine = E::default().table_name();
    for (prefix, table, cols) in [
        ("A_", ca::Entity.table_name(), columns::<ca::Entity>()),
        ("B_", ins::Entity.table_name(), columns::<ins::Entity>()),
    ] {
        for c in cols {
            let alias = Alias::new(format!("{prefix}{c}"));
            if table == mine {
                q.expr_as(Expr::col((E::default(), Alias::new(c))), alias);
            } else {
                q.expr_as(Expr::cust("NULL"), alias);
            }
        }
    }
    q.from(E::default()).and_where(Expr::col((E::default(), Alias::new("id"))).in_subquery(ids));
    q
}

/// The person's open actions (at most `limit`) and, when `audits`, the open audits they lead (at
/// most `limit`), each soonest due first.
pub async fn agenda(
    conn: &impl ConnectionTrait,
    site_id: i64,
    user_id: i64,
    limit: u64,
    audits: bool,
) -> Result<(Vec<ca::Model>, Vec<ins::Model>), DbErr> {
    let action_ids = super::capa::site_by_due(site_id, Some(user_id), true)
        .select_only()
        .column(ca::Column::Id)
        .limit(limit)
        .into_query();
    let audit_ids = super::inspections::open_led_by_query(site_id, user_id)
        .select_only()
        .column(ins::Column::Id)
        .limit(if audits { limit } else { 0 })
        .into_query();
    let mut q = branch::<ca::Entity>(0, action_ids);
    q.union(UnionType::All, branch::<ins::Entity>(1, audit_ids));
    let rows = conn.query_all(&q).await?;
    let (mut actions, mut led) = (Vec::new(), Vec::new());
    for r in &rows {
        match r.try_get::<i32>("", "kind")? {
            0 => actions.push(ca::Model::from_query_result(r, "A_")?),
            _ => led.push(ins::Model::from_query_result(r, "B_")?),
        }
    }
    actions.sort_by_key(|a| (a.due_date, a.id));
    led.sort_by_key(|i| (i.due_date, i.id));
    Ok((actions, led))
}
