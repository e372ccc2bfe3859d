//! Talk to a person: cases handed to human cultural mediators. A case opens when she
//! asks; it is announced to staff with a Claim button; the mediator who claims it talks
//! with her through the bot, which copies messages both ways, so that neither sees who
//! the other is. The rules live here, whatever the channel; a channel carries them out
//! through the [`Messenger`] port (`port`), and turns its updates into the inputs of
//! [`Handoff`] (`service`).

mod announce;
mod cases;
mod commands;
mod copies;
pub mod desks;
mod held;
pub mod port;
mod relay;
mod service;
mod stats;

pub use crate::hours::{StaffedHours, StaffedHoursError, Team};
pub use crate::store::case::{Case, CaseTimes, Outcome};
pub use port::{Handled, Messenger};
pub use service::{Handoff, HandoffSettings, MAX_HELD, Opening};
pub use stats::{Figures, figures, format_figures};
