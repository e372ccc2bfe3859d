//! Her side of awareness sessions, on any channel: the upcoming sessions of her region in
//! her language (each with "remind me"), and invitations: a plain consent text, topics,
//! region, silent or not. Her choices travel in the buttons' payloads ([`Press`]) until
//! the last press saves them; her yes to the consent text is sealed ([`Seal`]), so that no
//! payload typed by hand or left on an old screen can subscribe her without it.
//!
//! The service answers a press with a [`Screen`] (text and buttons); a channel shows it,
//! with its own Menu and Quick exit under it.

mod press;

use std::collections::BTreeMap;

pub use press::{Press, SEAL_VALID, Seal, SealKey, Step};

use crate::broadcast::sessions::{Session, local_time};
use crate::broadcast::{REGIONS, Topic, Topics};
use crate::content::REFERENCE;
use crate::conversation::Conversations;
use crate::store::{ContactKey, Reminder, StoreError, Subscription};

/// Sessions listed at most.
const LISTED: i64 = 5;
/// When the reminder comes: the day before.
const REMINDER_BEFORE: i64 = 24 * 3600;

/// What to show her: a text and rows of buttons (label, press).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub text: String,
    pub buttons: Vec<Vec<(String, Press)>>,
}

#[derive(Clone)]
pub struct Subscriptions {
    conversations: Conversations,
    seal_key: SealKey,
}

impl Subscriptions {
    /// `secret` keys the consent seals: something only the bot has (its Telegram token).
    pub fn new(conversations: Conversations, secret: &str) -> Subscriptions {
        Subscriptions {
            conversations,
            seal_key: SealKey::from_secret(secret),
        }
    }

    /// Her language, when she chose one and agreed to what the bot keeps: only then are
    /// these screens hers (anyone else starts at the beginning, with the engine).
    pub async fn consented_language(&self, key: ContactKey) -> Result<Option<String>, StoreError> {
        Ok(
            match self.conversations.store().load_conversation(key).await? {
                Some(saved) if saved.conversation.consented => saved.conversation.locale,
                _ => None,
            },
        )
    }

    /// The sessions screen, for the menu's *Awareness sessions* button: in her language,
    /// or the reference language when she has none yet. A store error still gives her a
    /// screen (the "not understood" text), never silence. With the language it is in.
    pub async fn home(&self, key: ContactKey, now: i64) -> (String, Screen) {
        let language = match self.conversations.store().load_conversation(key).await {
            Ok(saved) => saved.and_then(|s| s.conversation.locale),
            Err(e) => {
                tracing::error!(error = %e, "store error");
                None
            }
        };
        let language = language.unwrap_or_else(|| REFERENCE.to_string());
        let screen = match self.answer(key, &language, Press::Home, now).await {
            Ok(screen) => screen,
            Err(e) => {
                tracing::error!(error = %e, "store error");
                Screen {
                    text: self.text(&language, "not-understood"),
                    buttons: vec![],
                }
            }
        };
        (language, screen)
    }

    /// `/stop`: no more invitations, at once.
    pub async fn stop(&self, key: ContactKey) {
        if let Err(e) = self.conversations.store().unsubscribe(key).await {
            tracing::error!(error = %e, "cannot unsubscribe");
        }
    }

    /// A message of the content in `language`.
    pub fn text(&self, language: &str, id: &str) -> String {
        self.conversations
            .engine()
            .content()
            .locales
            .text(language, id)
            .to_string()
    }

    /// The answer to one press, in `language`.
    pub async fn answer(
        &self,
        key: ContactKey,
        language: &str,
        press: Press,
        now: i64,
    ) -> Result<Screen, StoreError> {
        Ask {
            service: self,
            key,
            language,
            now,
        }
        .answer(press)
        .await
    }
}

/// One press being answered: who, in which language, when.
struct Ask<'a> {
    service: &'a Subscriptions,
    key: ContactKey,
    language: &'a str,
    now: i64,
}

fn row(label: String, press: Press) -> Vec<(String, Press)> {
    vec![(label, press)]
}

impl Ask<'_> {
    fn text(&self, id: &str) -> String {
        self.service.text(self.language, id)
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

    fn seal(&self, step: Step) -> Seal {
        Seal::new(&self.service.seal_key, self.key, step, self.now)
    }

    fn holds(&self, seal: Seal, step: Step) -> bool {
        seal.holds(&self.service.seal_key, self.key, step, self.now)
    }

    fn back_home(&self, text: String) -> Screen {
        Screen {
            text,
            buttons: vec![row(self.text("btn-sessions-open"), Press::Home)],
        }
    }

    async fn answer(&self, press: Press) -> Result<Screen, StoreError> {
        let store = self.service.conversations.store();
        let (key, now) = (self.key, self.now);
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
                self.home(&sessions).await?
            }
            Press::Consent => self.consent(),
            Press::Yes(seal) if self.holds(seal, Step::Shown) => {
                self.topics(Topics::default(), self.seal(Step::Accepted))
            }
            Press::Topics(chosen, seal) if self.holds(seal, Step::Accepted) => {
                self.topics(chosen, seal)
            }
            Press::Region(topics, seal) if self.holds(seal, Step::Accepted) => Screen {
                text: self.text("sessions-region"),
                buttons: REGIONS
                    .iter()
                    .map(|r| {
                        row(
                            self.text(&format!("btn-help-{r}")),
                            Press::Silent(topics, r.to_string(), seal),
                        )
                    })
                    .collect(),
            },
            Press::Silent(topics, region, seal) if self.holds(seal, Step::Accepted) => Screen {
                text: self.text("sessions-silent"),
                buttons: vec![
                    row(
                        self.text("btn-silent"),
                        Press::Finish(topics, region.clone(), true, seal),
                    ),
                    row(
                        self.text("btn-sound"),
                        Press::Finish(topics, region, false, seal),
                    ),
                ],
            },
            Press::Finish(topics, region, silent, seal)
                if self.holds(seal, Step::Accepted) && !topics.is_empty() =>
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
                    true => self.back_home(format!(
                        "{}\n{}",
                        self.text("sessions-done"),
                        self.topic_list(topics)
                    )),
                    false => Screen {
                        text: self.text("not-understood"),
                        buttons: vec![],
                    },
                }
            }
            Press::Finish(topics, _, _, seal) if self.holds(seal, Step::Accepted) => {
                self.topics(topics, seal)
            }
            // A seal that does not hold (forged, from another chat, or too old): her yes
            // is asked for again, and nothing is kept.
            Press::Yes(_)
            | Press::Topics(..)
            | Press::Region(..)
            | Press::Silent(..)
            | Press::Finish(..) => self.consent(),
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
                self.back_home(self.text(id))
            }
            Press::Stop => {
                store.unsubscribe(key).await?;
                Screen {
                    text: self.text("stop-done"),
                    buttons: vec![],
                }
            }
        })
    }

    /// What is kept, with Yes (sealed: the bot showed this text) and Back.
    fn consent(&self) -> Screen {
        Screen {
            text: self.text("sessions-consent"),
            buttons: vec![
                row(
                    self.text("btn-consent-yes"),
                    Press::Yes(self.seal(Step::Shown)),
                ),
                row(self.text("btn-back"), Press::Home),
            ],
        }
    }

    /// Topics to tap (chosen ones ticked), then Next once there is one.
    fn topics(&self, chosen: Topics, seal: Seal) -> Screen {
        let mut buttons: Vec<Vec<(String, Press)>> = Topic::ALL
            .iter()
            .map(|t| {
                let mark = if chosen.contains(*t) { "✅ " } else { "" };
                row(
                    format!("{mark}{}", self.topic_name(*t)),
                    Press::Topics(chosen.toggle(*t), seal),
                )
            })
            .collect();
        if !chosen.is_empty() {
            buttons.push(row(self.text("btn-next"), Press::Region(chosen, seal)));
        }
        Screen {
            text: self.text("sessions-topics"),
            buttons,
        }
    }

    async fn home(&self, sessions: &[Session]) -> Result<Screen, StoreError> {
        let store = self.service.conversations.store();
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
                buttons.push(row(
                    format!("{} · {day}", self.text("btn-remind")),
                    Press::Remind(session.id),
                ));
            }
        }
        text += "\n\n";
        match store.subscription(self.key).await? {
            Some(subscription) => {
                text += &self.text("sessions-subscribed");
                text += "\n";
                text += &self.topic_list(subscription.topics);
                buttons.push(row(self.text("btn-change-topics"), Press::Consent));
                buttons.push(row(self.text("btn-unsubscribe"), Press::Stop));
            }
            None => {
                text += &self.text("sessions-ask");
                buttons.push(row(self.text("btn-subscribe"), Press::Consent));
            }
        }
        Ok(Screen { text, buttons })
    }

    /// The reminder of `session` in every language the bot speaks.
    fn reminder_texts(&self, session: &Session) -> BTreeMap<String, String> {
        let content = self.service.conversations.engine().content();
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
}
