//! Her side of awareness sessions on Telegram: the upcoming sessions of her region in her
//! language (each with "remind me"), and invitations: a plain consent text, topics, region,
//! silent or not. Her choices travel in the buttons' payloads (`u:…`) until the last
//! press saves them, so nothing half-chosen is kept anywhere; so does her yes to the
//! consent text, sealed (see [`Seal`]), so that no payload typed by hand or left on an old
//! screen can subscribe her without it.

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
    /// `u:c`: what is kept, and her yes. Also any step of the choices without a seal (a
    /// button from before seals, or typed by hand): the consent text again.
    Consent,
    /// `u:y:<seal>`: yes, under the consent text the bot showed.
    Yes(Seal),
    /// `u:t:<topics>:<seal>`: choosing topics (the ones chosen so far).
    Topics(Topics, Seal),
    /// `u:g:<topics>:<seal>`: choosing her region.
    Region(Topics, Seal),
    /// `u:s:<topics>:<region>:<seal>`: sound or silent.
    Silent(Topics, String, Seal),
    /// `u:f:<topics>:<region>:<0|1>:<seal>`: save.
    Finish(Topics, String, bool, Seal),
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
        let silent = |s: &str| match s {
            "0" => Some(false),
            "1" => Some(true),
            _ => None,
        };
        // A step of her choices: sealed, or (a payload from before seals, typed by hand,
        // damaged) the consent text again.
        let step = || match parts[..] {
            ["y", at, tag] => Some(Press::Yes(Seal::parse(at, tag)?)),
            ["t", t, at, tag] => Some(Press::Topics(topics(t)?, Seal::parse(at, tag)?)),
            ["g", t, at, tag] => Some(Press::Region(topics(t)?, Seal::parse(at, tag)?)),
            ["s", t, r, at, tag] => {
                Some(Press::Silent(topics(t)?, region(r)?, Seal::parse(at, tag)?))
            }
            ["f", t, r, s, at, tag] => Some(Press::Finish(
                topics(t)?,
                region(r)?,
                silent(s)?,
                Seal::parse(at, tag)?,
            )),
            _ => None,
        };
        match parts[..] {
            ["home"] => Some(Press::Home),
            ["c"] => Some(Press::Consent),
            ["stop"] => Some(Press::Stop),
            ["r", id] => id.parse().ok().filter(|id| *id > 0).map(Press::Remind),
            ["y" | "t" | "g" | "s" | "f", ..] => Some(step().unwrap_or(Press::Consent)),
            _ => None,
        }
    }
}

/// How long a seal holds: she reads the consent text and chooses within minutes; a
/// screen left longer asks her again.
const SEAL_VALID: i64 = 6 * 3600;

/// What a [`Seal`] vouches for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// The bot showed her the consent text (on its Yes button).
    Shown = 1,
    /// She pressed Yes under it (on every later step of her choices).
    Accepted = 2,
}

/// Proof carried in a payload that, in this chat, the bot showed the consent text or she
/// said yes to it, at `at` (Unix seconds): a SipHash-2-4 tag of the chat, the step and the
/// time, keyed from the bot's token. Only the bot has the token, so a payload typed by
/// hand, or copied from another chat, carries no valid seal. SipHash is a keyed function
/// made for short messages (a MAC); 64 bits are far beyond guessing one press at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Seal {
    at: i64,
    tag: u64,
}

impl Seal {
    fn new(token: &str, chat: ChatId, step: Step, at: i64) -> Seal {
        Seal {
            at,
            tag: seal_tag(token, chat, step, at),
        }
    }

    fn parse(at: &str, tag: &str) -> Option<Seal> {
        if tag.len() != 16 {
            return None;
        }
        Some(Seal {
            at: at.parse().ok()?,
            tag: u64::from_str_radix(tag, 16).ok()?,
        })
    }

    /// Made by this bot for `chat` and `step`, and not too old (nor from the future).
    fn holds(&self, token: &str, chat: ChatId, step: Step, now: i64) -> bool {
        self.tag == seal_tag(token, chat, step, self.at)
            && self.at <= now.saturating_add(60)
            && now.saturating_sub(self.at) <= SEAL_VALID
    }
}

impl std::fmt::Display for Seal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{:016x}", self.at, self.tag)
    }
}

// `SipHasher` is deprecated as a `HashMap` hasher only; it is documented as SipHash-2-4
// with the keys given, which is what a MAC needs (and is stable across builds, unlike
// `DefaultHasher`).
#[allow(deprecated)]
fn seal_tag(token: &str, chat: ChatId, step: Step, at: i64) -> u64 {
    use std::hash::{Hasher, SipHasher};
    let key = |label: &[u8]| {
        let mut hasher = SipHasher::new_with_keys(0, 0);
        hasher.write(label);
        hasher.write(token.as_bytes());
        hasher.finish()
    };
    let mut hasher = SipHasher::new_with_keys(key(b"carenet-seal-0"), key(b"carenet-seal-1"));
    hasher.write(&chat.0.to_le_bytes());
    hasher.write(&[step as u8]);
    hasher.write(&at.to_le_bytes());
    hasher.finish()
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
    let now = crate::clock::now();
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
            Press::Consent => self.consent(now),
            Press::Yes(seal) if self.holds(seal, Step::Shown, now) => {
                self.topics(Topics::default(), self.seal(Step::Accepted, now))
            }
            Press::Topics(chosen, seal) if self.holds(seal, Step::Accepted, now) => {
                self.topics(chosen, seal)
            }
            Press::Region(topics, seal) if self.holds(seal, Step::Accepted, now) => Reply {
                text: self.text("sessions-region"),
                buttons: REGIONS
                    .iter()
                    .map(|r| {
                        button(
                            self.text(&format!("btn-help-{r}")),
                            format!("u:s:{}:{r}:{seal}", topics.0),
                        )
                    })
                    .collect(),
            },
            Press::Silent(topics, region, seal) if self.holds(seal, Step::Accepted, now) => Reply {
                text: self.text("sessions-silent"),
                buttons: vec![
                    button(
                        self.text("btn-silent"),
                        format!("u:f:{}:{region}:1:{seal}", topics.0),
                    ),
                    button(
                        self.text("btn-sound"),
                        format!("u:f:{}:{region}:0:{seal}", topics.0),
                    ),
                ],
            },
            Press::Finish(topics, region, silent, seal)
                if self.holds(seal, Step::Accepted, now) && !topics.is_empty() =>
            {
                let subscription = Subscription {
                    topics,
                    region,
                    silent,
                    // Now, when she saves what her yes in this flow agreed to: never a
                    // time before a /stop or a /forget, whichever screen she saves from.
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
            Press::Finish(topics, _, _, seal) if self.holds(seal, Step::Accepted, now) => {
                self.topics(topics, seal)
            }
            // A seal that does not hold (forged, from another chat, or too old): her yes
            // is asked for again, and nothing is kept.
            Press::Yes(_)
            | Press::Topics(..)
            | Press::Region(..)
            | Press::Silent(..)
            | Press::Finish(..) => self.consent(now),
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
                    Reminder::Off => "sessions-reminder-off",
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

    fn seal(&self, step: Step, now: i64) -> Seal {
        Seal::new(self.tg.bot.token(), self.chat, step, now)
    }

    fn holds(&self, seal: Seal, step: Step, now: i64) -> bool {
        seal.holds(self.tg.bot.token(), self.chat, step, now)
    }

    /// What is kept, with Yes (sealed: the bot showed this text) and Back.
    fn consent(&self, now: i64) -> Reply {
        Reply {
            text: self.text("sessions-consent"),
            buttons: vec![
                vec![(
                    self.text("btn-consent-yes"),
                    format!("u:y:{}", self.seal(Step::Shown, now)),
                )],
                vec![(self.text("btn-back"), "u:home".into())],
            ],
        }
    }

    /// Topics to tap (chosen ones ticked), then Next once there is one.
    fn topics(&self, chosen: Topics, seal: Seal) -> Reply {
        let button = |label: String, payload: String| vec![(label, payload)];
        let mut buttons: Vec<Vec<(String, String)>> = Topic::ALL
            .iter()
            .map(|t| {
                let mark = if chosen.contains(*t) { "✅ " } else { "" };
                button(
                    format!("{mark}{}", self.topic_name(*t)),
                    format!("u:t:{}:{seal}", chosen.toggle(*t).0),
                )
            })
            .collect();
        if !chosen.is_empty() {
            buttons.push(button(
                self.text("btn-next"),
                format!("u:g:{}:{seal}", chosen.0),
            ));
        }
        Reply {
            text: self.text("sessions-topics"),
            buttons,
        }
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
        let seal = Seal {
            at: 1_800_000_000,
            tag: 0xfe,
        };
        assert_eq!(Press::parse("u:home"), Some(Press::Home));
        assert_eq!(
            Press::parse("u:f:3:it:1:1800000000:00000000000000fe"),
            Some(Press::Finish(Topics(3), "it".into(), true, seal))
        );
        assert_eq!(
            Press::parse("u:y:1800000000:00000000000000fe"),
            Some(Press::Yes(seal))
        );
        assert_eq!(Press::parse("u:r:12"), Some(Press::Remind(12)));
        // Choices without a seal (older buttons, or typed by hand), or with a damaged
        // one, or damaged choices: the consent text again, never the engine's "unknown".
        for raw in [
            "u:f:3:it:1",
            "u:t:0",
            "u:g:3",
            "u:s:3:it",
            "u:s:1",
            "u:f:3:xx:1:1800000000:00000000000000fe",
            "u:f:3:it:2:1800000000:00000000000000fe",
            "u:f:3:it:1:1800000000:fe",
            "u:f:3:it:1:x:00000000000000fe",
            "u:y:1800000000:zz000000000000fe",
            "u:t:x:1800000000:00000000000000fe",
        ] {
            assert_eq!(Press::parse(raw), Some(Press::Consent), "{raw}");
        }
        for raw in ["u:", "u:r:-1", "u:x:1", "g:menu"] {
            assert_eq!(Press::parse(raw), None, "{raw}");
        }
        assert!(is_subscribe_command("/subscribe"));
        assert!(is_subscribe_command("/Subscribe@carenet_bot"));
        assert!(!is_subscribe_command("/stop"));
        assert!(!is_subscribe_command("subscribe"));
    }

    #[test]
    fn a_seal_holds_for_its_chat_step_and_token_only_and_not_for_ever() {
        let (token, chat, now) = ("123:SECRET", ChatId(42), 1_800_000_000);
        let seal = Seal::new(token, chat, Step::Accepted, now);
        assert!(seal.holds(token, chat, Step::Accepted, now + 60));
        assert!(!seal.holds(token, ChatId(43), Step::Accepted, now));
        assert!(!seal.holds(token, chat, Step::Shown, now));
        assert!(!seal.holds("123:OTHER", chat, Step::Accepted, now));
        assert!(!seal.holds(token, chat, Step::Accepted, now + SEAL_VALID + 1));
        assert!(!seal.holds(token, chat, Step::Accepted, now - 3600));
        let forged = Seal {
            tag: seal.tag ^ 1,
            ..seal
        };
        assert!(!forged.holds(token, chat, Step::Accepted, now));
        // Times at the ends of the range are refused, never an overflow.
        for at in [i64::MIN, i64::MAX] {
            let extreme = Seal::new(token, chat, Step::Accepted, at);
            for then in [now, i64::MIN, i64::MAX] {
                assert_eq!(extreme.holds(token, chat, Step::Accepted, then), at == then);
            }
        }
        let text = seal.to_string();
        let (at, tag) = text.split_once(':').unwrap();
        assert_eq!(Seal::parse(at, tag), Some(seal));
        // The longest payload still fits Telegram's 64 bytes.
        let finish = format!("u:f:{}:it:1:{seal}", Topics::all().0);
        assert!(finish.len() <= 64, "{finish}");
    }
}
