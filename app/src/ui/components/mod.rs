//! Small pieces shared by pages.
pub mod access;
pub mod asset_picker;
pub mod form;
pub mod islands;
pub mod lang;
pub mod pager;
pub mod people;
pub mod photos;
pub mod table;
pub mod time;
pub mod wo;

pub use access::IfMayOpen;
pub use form::{Confirm, ErrorNotice, FieldError, Loading, ReturnTo};
pub use islands::HydrationMark;
pub use lang::{Lang, label, t, use_lang};
pub use pager::{PagerWords, pager};
pub use photos::Thumbs;
pub use table::WideTable;
pub use time::LocalTime;
