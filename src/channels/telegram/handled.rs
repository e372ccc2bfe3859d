//! How one update was handled: one closed list, logged by name with each update (never
//! with content or ids), so that a handler cannot invent an outcome nobody counts.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    /// Answered (by the engine or the sessions screens).
    Ok,
    /// Nothing to do (an update of no chat, a stale button).
    Ignored,
    /// She blocked the bot: forgotten.
    Blocked,
    /// Over the flood guard's pace: dropped, or answered with one notice.
    Flood,
    StoreError,
    SendFailed,
    /// An organiser's request, answered; or it failed (and they were told).
    Organiser,
    OrganiserError,
    /// Handled by the handoff (a staff command, or her chat with a mediator).
    Handoff(crate::handoff::Handled),
}

impl Handled {
    /// The name in the log line of the update.
    pub fn name(self) -> &'static str {
        match self {
            Handled::Ok => "ok",
            Handled::Ignored => "ignored",
            Handled::Blocked => "blocked",
            Handled::Flood => "flood",
            Handled::StoreError => "store-error",
            Handled::SendFailed => "send-failed",
            Handled::Organiser => "organiser",
            Handled::OrganiserError => "organiser-error",
            Handled::Handoff(handled) => handled.name(),
        }
    }
}
