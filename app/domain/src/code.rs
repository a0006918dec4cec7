//! Closed sets of codes (a work order's status, a tag's kind, an evidence item's state): each
//! variant's code, as the database, the forms and the API write it, and its English label are
//! declared on the variant with strum's attributes
//! (`#[strum(serialize = "in_progress", message = "In progress")]`); `codes!` gives every such enum
//! the same helpers and shows it by its label.
macro_rules! codes {
    ($($t:ty),+ $(,)?) => {$(
        impl $t {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$t] = <$t as strum::VariantArray>::VARIANTS;

            /// The code (`in_progress`).
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            /// The English label (`In progress`).
            pub fn label(self) -> &'static str {
                strum::EnumMessage::get_message(&self).unwrap_or_else(|| self.as_str())
            }

            /// The variant of a code, spaces around it ignored.
            pub fn parse(s: &str) -> Option<Self> {
                s.trim().parse().ok()
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    )+};
}
pub(crate) use codes;
