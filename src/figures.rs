//! Figures shown to staff and funders describe groups, never a person. A leaf: it names no
//! other module of the crate.

/// Groups smaller than this show no figures but the totals: one or two cases (or
/// recipients) in a language and region could tell who they were.
pub const MIN_GROUP: usize = 5;
