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
    /// A staff command in the staff group or a mediator's chat.
    StaffCommand,
    // Talk to a person.
    HandoffRelayed,
    HandoffHeld,
    HandoffHeldFull,
    HandoffNotPassed,
    HandoffFailed,
    HandoffGone,
    HandoffRefused,
    HandoffNotice,
    HandoffFileWarning,
    HandoffContactRefused,
    HandoffEnd,
    HandoffRate,
    HandoffClaim,
    HandoffStaff,
    HandoffReply,
    HandoffWhichCase,
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
            Handled::StaffCommand => "staff-command",
            Handled::HandoffRelayed => "handoff-relayed",
            Handled::HandoffHeld => "handoff-held",
            Handled::HandoffHeldFull => "handoff-held-full",
            Handled::HandoffNotPassed => "handoff-not-passed",
            Handled::HandoffFailed => "handoff-failed",
            Handled::HandoffGone => "handoff-gone",
            Handled::HandoffRefused => "handoff-refused",
            Handled::HandoffNotice => "handoff-notice",
            Handled::HandoffFileWarning => "handoff-file-warning",
            Handled::HandoffContactRefused => "handoff-contact-refused",
            Handled::HandoffEnd => "handoff-end",
            Handled::HandoffRate => "handoff-rate",
            Handled::HandoffClaim => "handoff-claim",
            Handled::HandoffStaff => "handoff-staff",
            Handled::HandoffReply => "handoff-reply",
            Handled::HandoffWhichCase => "handoff-which-case",
        }
    }
}
