//! Her side of awareness sessions on Telegram: the upcoming sessions of her region in her
//! language (each with "remind me"), and invitations: a plain consent text, topics, region,
//! silent or not. Her choices travel in the buttons' payloads (`u:…`) until the last
//! press saves them, so nothing half-chosen is kept anywhere.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};
use teloxide::{ApiError, RequestError};

use super::Telegram;
use super::delivery::DELETABLE_SECONDS;
use super::sender::{Cost, SendError};
use super::updates::{Incoming, Pressed};
use crate::broadcast::sessions::{Session, local_time};
use crate::broadcast::{REGIONS, Topic, Topics, is_region};
use crate::engine::{Command, Inbound};
use crate::store::{Channel, ContactKey, Reminder, Subscription};

/// Sessions listed at most.
const LISTED: i64 = 5;
/// When the reminder comes: the day before.
const REMINDER_BEFORE: i64 = 24 * 3600;

/// A press on one of these screens, parsed from its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Press {
    /// `u:home`: the sessions screen.
    Home,
    /// `u:c`: what is kept, and her yes.
    Consent,
    /// `u:t:<topics>`: choosing topics (the ones chosen so far).
    Topics(Topics),
    /// `u:g:<topics>`: choosing her region.
    Region(Topics),
    /// `u:s:<topics>:<region>`: sound or silent.
    Silent(Topics, String),
    /// `u:f:<topics>:<region>:<0|1>`: save.
    Finish(Topics, String, bool),
    /// `u:r:<session>`: remind me.
    Remind(i64),
    /// `u:stop`: no more invitations.
    Stop,
}

impl Press {
    pub(super) fn parse(raw: &str) -> Option<Press> {
        let rest = raw.strip_prefix("u:")?;
        let parts: Vec<&str> = rest.split(':').collect();
        let topics = |s: &str| s.parse::<i64>().ok().map(|n| Topics(n & Topics::all().0));
        let region = |s: &str| is_region(s).then(|| s.to_string());
        match parts[..] {
            ["home"] => Some(Press::Home),
            ["c"] => Some(Press::Consent),
            ["stop"] => Some(Press::Stop),
            ["t", t] => Some(Press::Topics(topics(t)?)),
            ["g", t] => Some(Press::Region(topics(t)?)),
            ["s", t, r] => Some(Press::Silent(topics(t)?, region(r)?)),
            ["f", t, r, "0"] => Some(Press::Finish(topics(t)?, region(r)?, false)),
            ["f", t, r, "1"] => Some(Press::Finish(topics(t)?, region(r)?, true)),
            ["r", id] => id.parse().ok().filter(|id| *id > 0).map(Press::Remind),
            _ => None,
        }
    }
}

/// Handles `u:` presses and `/subscribe`; `None` for anything else (the engine's).
pub(super) async fn handle(tg: &Telegram, incoming: &Incoming) -> Option<&'static str> {
    let press = match &incoming.inbound {
        Inbound::Button(raw) => Press::parse(raw)?,
        Inbound::Text(text) if is_subscribe_command(text) => Press::Home,
        _ => return None,
    };
    let key = ContactKey {
        channel: Channel::Telegram,
        chat_id: incoming.chat.0,
    };
    let now = crate::conversation::unix_now();
    if let Some((id, _)) = &incoming.callback {
        tg.answer_button(incoming.chat, id, "").await;
    }
    if tg.flood.check(incoming.chat) != super::Verdict::Handle {
        return Some("flood");
    }
    let store = tg.conversations.store();
    // Only someone who chose a language and agreed to what the bot keeps; anyone else
    // starts at the beginning, with the engine.
    let language = match store.load_conversation(key).await {
        Ok(Some(saved)) if saved.conversation.consented => saved.conversation.locale?,
        Ok(_) => return None,
        Err(e) => {
            tracing::error!(error = %e, "store error");
            return Some("store-error");
        }
    };
    let pressed = incoming.callback.as_ref().and_then(|(_, p)| *p);
    let screen = Screen {
        tg,
        chat: incoming.chat,
        language: &language,
    };
    let result = match screen.answer(key, press, now).await {
        Ok(reply) => screen.show(reply, pressed, now).await,
        Err(e) => {
            tracing::error!(error = %e, "store error");
            return Some("store-error");
        }
    };
    match result {
        Ok(sent) => {
            tg.remember(key, &sent, incoming.message, now).await;
            Some("ok")
        }
        Err(SendError::Blocked) => {
            tg.forget_blocked(incoming.chat).await;
            Some("blocked")
        }
        Err(e) => {
            tracing::warn!(error = %e, "reply not delivered");
            Some("send-failed")
        }
    }
}

/// The sessions screen, for the engine's `Outbound::Subscribe` (the *Awareness sessions*
/// button). Sends a new message; the ids go into `sent` for quick exit.
pub(super) async fn open(
    tg: &Telegram,
    key: ContactKey,
    chat: ChatId,
    now: i64,
    sent: &mut Vec<MessageId>,
) -> Result<(), SendError> {
    let language = match tg.conversations.store().load_conversation(key).await {
        Ok(Some(saved)) => saved.conversation.locale,
        Ok(None) => None,
        Err(e) => {
            tracing::error!(error = %e, "store error");
            None
        }
    };
    let language = language.unwrap_or_else(|| crate::content::REFERENCE.to_string());
    let screen = Screen {
        tg,
        chat,
        language: &language,
    };
    let reply = match screen.answer(key, Press::Home, now).await {
        Ok(reply) => reply,
        Err(e) => {
            tracing::error!(error = %e, "store error");
            Reply {
                text: screen.text("not-understood"),
                buttons: vec![],
            }
        }
    };
    sent.extend(screen.show(reply, None, now).await?);
    Ok(())
}

/// `/stop` (the engine's `Outbound::Unsubscribe`): no more invitations, at once. The
/// engine says so to her.
pub(super) async fn stop(tg: &Telegram, key: ContactKey) {
    if let Err(e) = tg.conversations.store().unsubscribe(key).await {
        tracing::error!(error = %e, "cannot unsubscribe");
    }
}

fn is_subscribe_command(text: &str) -> bool {
    Command::parse(text) == Some(Command::Subscribe)
}

struct Reply {
    text: String,
    buttons: Vec<Vec<(String, String)>>,
}

struct Screen<'a> {
    tg: &'a Telegram,
    chat: ChatId,
    language: &'a str,
}

impl Screen<'_> {
    fn text(&self, id: &str) -> String {
        self.tg
            .conversations
            .engine()
            .content()
            .locales
            .text(self.language, id)
            .to_string()
    }

    fn topic_name(&self, topic: Topic) -> String {
        self.text(&format!("topic-{}", topic.name()))
    }

    fn topic_list(&self, topics: Topics) -> String {
        topics
            .iter()
            .map(|t| format!("• {}", self.topic_name(t)))
            .collect::<Vec<_>>()
            .join("\n")
    }

    async fn answer(
        &self,
        key: ContactKey,
        press: Press,
        now: i64,
    ) -> Result<Reply, crate::store::StoreError> {
        let store = self.tg.conversations.store();
        let button = |label: String, payload: String| vec![(label, payload)];
        Ok(match press {
            Press::Home => {
                let region = match store.subscription(key).await? {
                    Some(s) => Some(s.region),
                    None => store
                        .load_conversation(key)
                        .await?
                        .and_then(|s| s.conversation.region),
                };
                let sessions = store
                    .upcoming_sessions(now, region.as_deref(), Some(self.language), LISTED)
                    .await?;
                self.home(key, &sessions).await?
            }
            Press::Consent => Reply {
                text: self.text("sessions-consent"),
                buttons: vec![
                    button(self.text("btn-consent-yes"), format!("u:t:{}", 0)),
                    button(self.text("btn-back"), "u:home".into()),
                ],
            },
            Press::Topics(chosen) => {
                let mut buttons: Vec<Vec<(String, String)>> = Topic::ALL
                    .iter()
                    .map(|t| {
                        let mark = if chosen.contains(*t) { "✅ " } else { "" };
                        button(
                            format!("{mark}{}", self.topic_name(*t)),
                            format!("u:t:{}", chosen.toggle(*t).0),
                        )
                    })
                    .collect();
                if !chosen.is_empty() {
                    buttons.push(button(self.text("btn-next"), format!("u:g:{}", chosen.0)));
                }
                Reply {
                    text: self.text("sessions-topics"),
                    buttons,
                }
            }
            Press::Region(topics) => Reply {
                text: self.text("sessions-region"),
                buttons: REGIONS
                    .iter()
                    .map(|r| {
                        button(
                            self.text(&format!("btn-help-{r}")),
                            format!("u:s:{}:{r}", topics.0),
                        )
                    })
                    .collect(),
            },
            Press::Silent(topics, region) => Reply {
                text: self.text("sessions-silent"),
                buttons: vec![
                    button(
                        self.text("btn-silent"),
                        format!("u:f:{}:{region}:1", topics.0),
                    ),
                    button(
                        self.text("btn-sound"),
                        format!("u:f:{}:{region}:0", topics.0),
                    ),
                ],
            },
            Press::Finish(topics, region, silent) if !topics.is_empty() => {
                let subscription = Subscription {
                    topics,
                    region,
                    silent,
                    consent_at: now,
                };
                match store.subscribe(key, &subscription).await? {
                    true => Reply {
                        text: format!(
                            "{}\n{}",
                            self.text("sessions-done"),
                            self.topic_list(topics)
                        ),
                        buttons: vec![button(self.text("btn-sessions-open"), "u:home".into())],
                    },
                    false => Reply {
                        text: self.text("not-understood"),
                        buttons: vec![],
                    },
                }
            }
            Press::Finish(..) => Reply {
                text: self.text("sessions-topics"),
                buttons: vec![button(self.text("btn-next"), "u:t:0".into())],
            },
            Press::Remind(id) => {
                let reminder = match store.session(id).await? {
                    Some(session) => {
                        let texts = self.reminder_texts(&session);
                        let due = (session.starts_at - REMINDER_BEFORE).max(now) * 1000;
                        store.ask_reminder(&session, key, &texts, due, now).await?
                    }
                    None => Reminder::TooLate,
                };
                let id = match reminder {
                    Reminder::Set => "sessions-reminder-set",
                    Reminder::AlreadySet => "sessions-reminder-already",
                    Reminder::TooLate | Reminder::NoContact => "sessions-reminder-late",
                };
                Reply {
                    text: self.text(id),
                    buttons: vec![button(self.text("btn-sessions-open"), "u:home".into())],
                }
            }
            Press::Stop => {
                store.unsubscribe(key).await?;
                Reply {
                    text: self.text("stop-done"),
                    buttons: vec![],
                }
            }
        })
    }

    async fn home(
        &self,
        key: ContactKey,
        sessions: &[Session],
    ) -> Result<Reply, crate::store::StoreError> {
        let store = self.tg.conversations.store();
        let mut text = String::new();
        let mut buttons = Vec::new();
        if sessions.is_empty() {
            text += &self.text("sessions-none");
        } else {
            text += &self.text("sessions-upcoming");
            for session in sessions {
                let (title, description) = session.text_in(self.language);
                let when = local_time(session.starts_at, &session.timezone);
                text += &format!("\n\n📅 {when}\n{title}\n📍 {}", session.place);
                if !description.is_empty() {
                    text += &format!("\n{description}");
                }
                let day = when.get(..10).unwrap_or(&when).to_string();
                buttons.push(vec![(
                    format!("{} · {day}", self.text("btn-remind")),
                    format!("u:r:{}", session.id),
                )]);
            }
        }
        text += "\n\n";
        match store.subscription(key).await? {
            Some(subscription) => {
                text += &self.text("sessions-subscribed");
                text += "\n";
                text += &self.topic_list(subscription.topics);
                buttons.push(vec![(self.text("btn-change-topics"), "u:c".into())]);
                buttons.push(vec![(self.text("btn-unsubscribe"), "u:stop".into())]);
            }
            None => {
                text += &self.text("sessions-ask");
                buttons.push(vec![(self.text("btn-subscribe"), "u:c".into())]);
            }
        }
        Ok(Reply { text, buttons })
    }

    /// The reminder of `session` in every language the bot speaks.
    fn reminder_texts(&self, session: &Session) -> std::collections::BTreeMap<String, String> {
        let content = self.tg.conversations.engine().content();
        content
            .locales
            .shipped()
            .map(|locale| {
                let (title, _) = session.text_in(&locale.code);
                let text = format!(
                    "{}\n\n{title}\n📅 {} ({})\n📍 {}",
                    content.locales.text(&locale.code, "sessions-reminder"),
                    local_time(session.starts_at, &session.timezone),
                    session.timezone,
                    session.place
                );
                (locale.code.clone(), text)
            })
            .collect()
    }

    /// Shows `reply` with Menu and Quick exit under it: in place of the screen she
    /// pressed while quick exit can still delete it, as a new message otherwise.
    async fn show(
        &self,
        reply: Reply,
        pressed: Option<Pressed>,
        now: i64,
    ) -> Result<Vec<MessageId>, SendError> {
        let tg = self.tg;
        let chat = self.chat;
        let mut rows: Vec<Vec<InlineKeyboardButton>> = reply
            .buttons
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|(label, payload)| InlineKeyboardButton::callback(label, payload))
                    .collect()
            })
            .collect();
        rows.push(vec![
            InlineKeyboardButton::callback(self.text("btn-menu"), "a:menu"),
            InlineKeyboardButton::callback(self.text("btn-exit"), "a:exit"),
        ]);
        let keyboard = InlineKeyboardMarkup::new(rows);
        if let Some(pressed) = pressed
            && pressed.sent_at > 0
            && now - pressed.sent_at < DELETABLE_SECONDS
        {
            let result = tg
                .sender
                .call(chat, Cost::Edit, || {
                    tg.bot
                        .edit_message_text(chat, pressed.id, reply.text.clone())
                        .reply_markup(keyboard.clone())
                })
                .await;
            match result {
                Ok(_)
                | Err(SendError::Refused(RequestError::Api(ApiError::MessageNotModified))) => {
                    return Ok(vec![]);
                }
                Err(SendError::Refused(_)) => {}
                Err(other) => return Err(other),
            }
        }
        let message = tg
            .sender
            .call(chat, Cost::Message, || {
                tg.bot
                    .send_message(chat, reply.text.clone())
                    .disable_notification(true)
                    .reply_markup(keyboard.clone())
            })
            .await?;
        Ok(vec![message.id])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_parse_and_garbage_is_refused() {
        assert_eq!(Press::parse("u:home"), Some(Press::Home));
        assert_eq!(
            Press::parse("u:f:3:it:1"),
            Some(Press::Finish(Topics(3), "it".into(), true))
        );
        assert_eq!(Press::parse("u:r:12"), Some(Press::Remind(12)));
        for raw in [
            "u:",
            "u:f:3:xx:1",
            "u:f:3:it:2",
            "u:r:-1",
            "u:t:x",
            "g:menu",
            "u:s:1",
        ] {
            assert_eq!(Press::parse(raw), None, "{raw}");
        }
        assert!(is_subscribe_command("/subscribe"));
        assert!(is_subscribe_command("/Subscribe@carenet_bot"));
        assert!(!is_subscribe_command("/stop"));
        assert!(!is_subscribe_command("subscribe"));
    }
}
