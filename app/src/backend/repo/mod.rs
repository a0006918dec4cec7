//! Hand-written queries, each on `&impl ConnectionTrait` so they run on the pool or inside a
//! transaction alike.
pub mod api_tokens;
pub mod assets;
pub mod audit;
pub mod downtime;
pub mod grants;
pub mod login_failures;
pub mod meters;
pub mod parts;
pub mod pm;
pub mod sessions;
pub mod sites;
pub mod tags;
pub mod users;
pub mod work_orders;

/// A page of rows with the total count, for paginated lists.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
}

/// Clamps paging input: pages start at 1, page sizes 1..=100.
pub fn paging(page: i64, per_page: i64) -> (u64, u64) {
    let per = per_page.clamp(1, 100) as u64;
    let page = page.max(1) as u64;
    ((page - 1) * per, per)
}
