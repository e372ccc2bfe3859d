//! Announcing cases to staff: a new case is announced, mentioning first the mediators who
//! speak her language; a case nobody takes in time is announced again to everyone (up to
//! `MAX_ESCALATION_NOTICES` times, and she is told each time); a case taken but not
//! answered in time reminds the mediator. How an announcement looks and how fast the
//! channel may post is the channel's.

use super::Case;
use super::port::{Announcement, AnnouncementKind, Messenger, Posted, Status};
use super::service::{Handoff, MAX_ESCALATION_NOTICES};
use crate::engine::HandoffNotice;
use crate::staff::{Role, StaffMember};

/// At most this many people are mentioned in one announcement.
const MAX_MENTIONS: usize = 10;

impl Handoff {
    /// Announces the cases nobody has seen yet and escalates those that waited too long.
    pub(super) async fn announce_due<M: Messenger>(&self, m: &M, now: i64) {
        let _round = self.announcing.lock().await;
        let store = self.store();
        let cases = match store.open_cases().await {
            Ok(cases) => cases,
            Err(e) => {
                tracing::error!(error = %e, "cannot read open cases");
                return;
            }
        };
        let waiting = cases.iter().filter(|c| c.is_waiting()).count();
        let mut mediators = match store.staff().await {
            Ok(staff) => staff,
            Err(e) => {
                tracing::error!(error = %e, "cannot read staff");
                vec![]
            }
        };
        mediators.retain(|m| matches!(m.role, Role::Mediator | Role::Admin));
        for case in cases.iter().filter(|c| c.is_waiting()) {
            let staffed = self.settings.hours.is_staffed(&case.language, now);
            // Counted from the last announcement, or from the opening when no
            // announcement went through (the bot out of the group, say): she is told
            // all the same.
            let since = case.announced_at.unwrap_or(case.opened_at);
            // At most MAX_ESCALATION_NOTICES times: a case nobody takes must not be
            // announced for ever; it stays in `/cases` and closes once idle.
            let escalate = staffed
                && now - since >= self.settings.escalate_after
                && case.escalations < MAX_ESCALATION_NOTICES;
            if case.announced_at.is_some() && !escalate {
                continue;
            }
            let announcement = announcement(case, &mediators, waiting, escalate, staffed, now);
            let posted = match m.announce(case, &announcement).await {
                Ok(posted) => posted,
                // Tried again at the next round; an escalation counts all the same, so
                // that she is told and the next one comes in its time.
                Err(e) if escalate => {
                    tracing::warn!(error = %e.error, "escalation not announced");
                    Posted {
                        message: None,
                        thread: e.thread,
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e.error, "case not announced");
                    continue;
                }
            };
            if let Err(e) = store
                .mark_announced(case.id, now, posted.message, posted.thread, escalate)
                .await
            {
                tracing::error!(error = %e, "cannot note an announcement");
            }
            tracing::info!(case = case.id, escalate, "case announced");
            if escalate
                && !case.paused
                && let Some(chat) = case.chat_id
            {
                self.tell_her(m, chat, HandoffNotice::Escalated).await;
            }
        }
    }

    /// A case taken but not answered in time: staff and the mediator are reminded (up to
    /// three times), so that she is not left waiting after "a mediator is here now".
    pub(super) async fn remind_silent_mediators<M: Messenger>(&self, m: &M, now: i64) {
        let store = self.store();
        let Ok(cases) = store.open_cases().await else {
            return;
        };
        for case in &cases {
            let (Some(mediator), Some(claimed_at)) = (case.mediator, case.claimed_at) else {
                continue;
            };
            let since = case.announced_at.unwrap_or(claimed_at).max(claimed_at);
            if case.first_reply_at.is_some()
                || case.escalations >= MAX_ESCALATION_NOTICES
                || now - since < self.settings.escalate_after
            {
                continue;
            }
            let minutes = (now - claimed_at) / 60;
            let text = format!(
                "⏰ Case {}: taken {minutes} min ago and not answered yet.",
                case.label()
            );
            self.tell_staff(m, mediator, text).await;
            m.post_status(case, Status::Unanswered { minutes }).await;
            if let Err(e) = store.mark_announced(case.id, now, None, None, true).await {
                tracing::error!(error = %e, "cannot note a reminder");
            }
        }
    }
}

/// What staff are told of a waiting case: those who speak her language first; when
/// escalating (or when nobody speaks it), everyone; outside staffed hours, nobody is
/// mentioned.
fn announcement(
    case: &Case,
    mediators: &[StaffMember],
    waiting: usize,
    escalate: bool,
    staffed: bool,
    now: i64,
) -> Announcement {
    let kind = match (escalate, staffed) {
        (true, _) => AnnouncementKind::Reminder {
            minutes: (now - case.opened_at) / 60,
            number: case.escalations + 1,
            of: MAX_ESCALATION_NOTICES,
        },
        (false, true) => AnnouncementKind::New,
        (false, false) => AnnouncementKind::NewOffHours,
    };
    let (speakers, others): (Vec<_>, Vec<_>) = mediators
        .iter()
        .partition(|m| m.languages.contains(&case.language));
    let ids = |people: &[&StaffMember]| -> Vec<i64> {
        people
            .iter()
            .take(MAX_MENTIONS)
            .map(|m| m.user_id)
            .collect()
    };
    let mention_others = staffed && (escalate || speakers.is_empty());
    Announcement {
        kind,
        waiting,
        speakers: match staffed {
            true => ids(&speakers),
            false => vec![],
        },
        others: match mention_others {
            true => ids(&others),
            false => vec![],
        },
    }
}
