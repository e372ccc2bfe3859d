//! The staff group: a new case is announced there (in a topic of its own where the group
//! is a forum), mentioning first the mediators who speak her language, with a Claim
//! button; a case nobody takes in time is announced again to everyone; claims and closes
//! are short status lines. Every call to the group waits for the group's own limit
//! (Telegram allows about 20 messages a minute in a group), so a rush of cases is
//! announced a little later, never lost and never met with a storm of 429s.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId, ParseMode, ThreadId};

use super::super::Telegram;
use super::super::sender::{Cost, SendError};
use super::{Handoff, MAX_ESCALATION_NOTICES, staff_button};
use crate::engine::{HandoffButton, HandoffNotice};
use crate::handoff::Case;
use crate::staff::Role;

/// Calls a minute to the staff group.
#[derive(Debug, Clone, Copy)]
pub struct GroupLimit(pub NonZeroU32);

/// At most this many people are mentioned in one announcement.
const MAX_MENTIONS: usize = 10;

pub(super) struct Group {
    chat: ChatId,
    limiter: DefaultDirectRateLimiter,
    /// One announcing round at a time, so that no case is announced twice.
    announcing: tokio::sync::Mutex<()>,
}

impl Group {
    pub(super) fn new(chat: ChatId, limit: GroupLimit) -> Group {
        // Evenly spaced with no burst: never more than `limit` calls in any minute.
        let per_minute = limit.0.get().max(2);
        let period = Duration::from_secs(60) / (per_minute - 1);
        let quota = Quota::with_period(period)
            .expect("a minute divided is not zero")
            .allow_burst(NonZeroU32::MIN);
        Group {
            chat,
            limiter: RateLimiter::direct(quota),
            announcing: tokio::sync::Mutex::new(()),
        }
    }

    async fn send(
        &self,
        tg: &Telegram,
        thread: Option<i32>,
        html: String,
        keyboard: Option<InlineKeyboardMarkup>,
    ) -> Result<Message, SendError> {
        self.limiter.until_ready().await;
        tg.sender
            .call(self.chat, Cost::Message, || {
                let mut request = tg
                    .bot
                    .send_message(self.chat, html.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(thread) = thread {
                    request = request.message_thread_id(ThreadId(MessageId(thread)));
                }
                match &keyboard {
                    Some(k) => request.reply_markup(k.clone()),
                    None => request,
                }
            })
            .await
    }

    /// A status line about a case.
    pub(super) async fn status(&self, tg: &Telegram, case: &Case, status: &str) {
        self.status_html(tg, case, &escape(status)).await;
    }

    pub(super) async fn claimed(&self, tg: &Telegram, case: &Case, mediator: i64) {
        self.status_html(tg, case, &format!("✋ taken by {}", mention(mediator)))
            .await;
    }

    /// A status line (HTML) in the case's topic, or as an edit of its announcement.
    async fn status_html(&self, tg: &Telegram, case: &Case, html: &str) {
        let text = format!("{} {html}", escape(&case.label()));
        let result = match (case.staff_thread, case.staff_message) {
            (Some(thread), _) => self.send(tg, Some(thread), text, None).await.map(|_| ()),
            (None, Some(message)) => {
                self.limiter.until_ready().await;
                tg.sender
                    .call(self.chat, Cost::Edit, || {
                        tg.bot
                            .edit_message_text(self.chat, MessageId(message), text.clone())
                            .parse_mode(ParseMode::Html)
                    })
                    .await
                    .map(|_| ())
            }
            (None, None) => Ok(()),
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "status line not posted in the staff group");
        }
    }

    /// The case's forum topic, created on first use.
    async fn topic(&self, tg: &Telegram, case: &Case) -> Result<i32, SendError> {
        if let Some(thread) = case.staff_thread {
            return Ok(thread);
        }
        self.limiter.until_ready().await;
        let name: String = case.label().chars().take(128).collect();
        let topic = tg
            .sender
            .call(self.chat, Cost::Message, || {
                tg.bot.create_forum_topic(self.chat, name.clone())
            })
            .await?;
        Ok(topic.thread_id.0.0)
    }
}

impl Handoff {
    /// Announces the cases nobody has seen yet and escalates those that waited too long.
    pub(super) async fn announce_due(&self, tg: &Telegram, now: i64) {
        let _round = self.group.announcing.lock().await;
        let store = tg.conversations.store();
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
            // Those who speak her language first; when escalating, everyone.
            let (speakers, others): (Vec<_>, Vec<_>) = mediators
                .iter()
                .partition(|m| m.languages.contains(&case.language));
            let mut lines = vec![match (escalate, staffed) {
                (true, _) => format!(
                    "⏰ Nobody has taken case {} for {} min (reminder {} of {MAX_ESCALATION_NOTICES}).",
                    escape(&case.label()),
                    (now - case.opened_at) / 60,
                    case.escalations + 1
                ),
                (false, true) => format!("🆕 New case {}", escape(&case.label())),
                (false, false) => format!(
                    "🌙 New case {} (outside staffed hours for {})",
                    escape(&case.label()),
                    escape(&case.language)
                ),
            }];
            lines.push(format!("Waiting: {waiting}"));
            if staffed {
                let mentions = |people: &[&crate::staff::StaffMember]| {
                    people
                        .iter()
                        .take(MAX_MENTIONS)
                        .map(|m| mention(m.user_id))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                if !speakers.is_empty() {
                    lines.push(format!(
                        "Speaks {}: {}",
                        escape(&case.language),
                        mentions(&speakers)
                    ));
                }
                if (escalate || speakers.is_empty()) && !others.is_empty() {
                    lines.push(format!("Other mediators: {}", mentions(&others)));
                }
            }
            let keyboard =
                InlineKeyboardMarkup::new(vec![vec![staff_button(HandoffButton::Claim(case.id))]]);
            let thread = match self.settings.topics {
                true => match self.group.topic(tg, case).await {
                    Ok(thread) => Some(thread),
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot create the case's topic");
                        None
                    }
                },
                false => None,
            };
            let sent = self
                .group
                .send(tg, thread, lines.join("\n"), Some(keyboard))
                .await;
            let message = match sent {
                Ok(message) => Some(message.id.0),
                // Tried again at the next round; an escalation counts all the same, so
                // that she is told and the next one comes in its time.
                Err(e) if escalate => {
                    tracing::warn!(error = %e, "escalation not announced");
                    None
                }
                Err(e) => {
                    tracing::warn!(error = %e, "case not announced");
                    continue;
                }
            };
            if let Err(e) = store
                .mark_announced(case.id, now, message, thread, escalate)
                .await
            {
                tracing::error!(error = %e, "cannot note an announcement");
            }
            tracing::info!(case = case.id, escalate, "case announced");
            let paused = case.paused;
            if escalate
                && !paused
                && case.escalations < MAX_ESCALATION_NOTICES
                && let Some(chat) = case.chat_id
            {
                tg.tell_her(ChatId(chat), HandoffNotice::Escalated).await;
            }
        }
    }

    /// A case taken but not answered in time: the staff group and the mediator are
    /// reminded (up to three times), so that she is not left waiting after "a mediator is
    /// here now".
    pub(super) async fn remind_silent_mediators(&self, tg: &Telegram, now: i64) {
        let store = tg.conversations.store();
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
            let _ = tg
                .tell_staff(
                    mediator,
                    format!(
                        "⏰ Case {}: taken {minutes} min ago and not answered yet.",
                        case.label()
                    ),
                    None,
                )
                .await;
            let status = format!("⏰ taken {minutes} min ago, no reply yet");
            self.group.status(tg, case, &status).await;
            if let Err(e) = store.mark_announced(case.id, now, None, None, true).await {
                tracing::error!(error = %e, "cannot note a reminder");
            }
        }
    }
}

/// A mention of a staff member that notifies them, by id: staff have no name here.
fn mention(user: i64) -> String {
    format!("<a href=\"tg://user?id={user}\">mediator {user}</a>")
}

/// Text made safe for Telegram's HTML parse mode, which refuses a message with a stray `<`
/// or `&` (a "<5" in the figures, say) as a whole.
pub(super) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
