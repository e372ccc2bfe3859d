//! Before the engine: the organisers' commands in a private chat with the bot
//! (`/session`, `/broadcast`, `/broadcasts`; the sender's role is checked in the store
//! every time, and anyone else gets the ordinary answer), and her sessions and invitation
//! screens (`subscribe`). The staff interface is English, and its texts live here.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::Telegram;
use super::sender::{Cost, SendError};
use super::subscribe;
use super::updates::Incoming;
use crate::broadcast::NewBroadcast;
use crate::broadcast::draft::Draft;
use crate::broadcast::progress::{self, Reach};
use crate::broadcast::sessions::{announcement, describe_session, parse_session};
use crate::clock;
use crate::engine::Inbound;
use crate::staff::Role;

/// What an organiser typed or pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Request {
    /// `/broadcast`: a new draft (and how to write it).
    NewDraft,
    /// `it: text` while a draft is open.
    Text(String),
    Audience(String),
    Fallback(String),
    Schedule(String),
    Preview,
    /// `o:send:<key>:<fingerprint>`: the draft `key` as its preview showed it.
    Send {
        key: String,
        fingerprint: String,
    },
    /// `o:discard`.
    Discard,
    /// `/broadcasts`.
    List,
    /// `/broadcast cancel N` or `o:cancel:N`.
    Cancel(i64),
    /// `/session` with a session file in the same message.
    AddSession(String),
    /// `/session` alone, or `/session list`.
    Sessions,
    RemoveSession(i64),
    /// `o:announce:N` or `/session announce N`.
    Announce(i64),
}

/// The hook in `Telegram::handle`: `Some(outcome)` when this update was handled here.
pub(super) async fn handle(tg: &Telegram, incoming: &Incoming) -> Option<&'static str> {
    if let Some(outcome) = subscribe::handle(tg, incoming).await {
        return Some(outcome);
    }
    let request = read(&incoming.inbound)?;
    let user = incoming.chat.0;
    // The role, from the store, every time: a removed organiser is an ordinary user at once.
    match tg.conversations.store().staff_member(user).await {
        Ok(Some(member)) if member.role == Role::Organiser => {}
        Ok(_) => return None,
        Err(e) => {
            tracing::error!(error = %e, "store error");
            return None;
        }
    }
    // A draft text is only a draft text while a draft is open.
    if let Request::Text(_) = request
        && !matches!(
            tg.conversations.store().broadcast_draft(user).await,
            Ok(Some(_))
        )
    {
        return None;
    }
    if let Some((id, _)) = &incoming.callback {
        tg.answer_button(incoming.chat, id, "").await;
    }
    let organiser = Organiser {
        tg,
        chat: incoming.chat,
    };
    match organiser.answer(request).await {
        Ok(()) => Some("organiser"),
        Err(e) => {
            tracing::warn!(error = %e, "organiser command failed");
            let _ = organiser
                .say(&format!("That did not work: {e}"), vec![])
                .await;
            Some("organiser-error")
        }
    }
}

/// Reads an organiser request; `None` for everything else (no store lookup then).
fn read(inbound: &Inbound) -> Option<Request> {
    match inbound {
        Inbound::Button(raw) => {
            let rest = raw.strip_prefix("o:")?;
            match rest.split_once(':') {
                Some(("send", tail)) => {
                    // The key has colons of its own; a payload without a fingerprint
                    // (from before fingerprints) matches no draft, and gets a new preview.
                    let (key, fingerprint) = match tail.rsplit_once(':') {
                        Some((key, f))
                            if f.len() == 16 && f.bytes().all(|b| b.is_ascii_hexdigit()) =>
                        {
                            (key, f)
                        }
                        _ => (tail, ""),
                    };
                    Some(Request::Send {
                        key: key.to_string(),
                        fingerprint: fingerprint.to_string(),
                    })
                }
                Some(("cancel", id)) => id.parse().ok().map(Request::Cancel),
                Some(("announce", id)) => id.parse().ok().map(Request::Announce),
                None if rest == "discard" => Some(Request::Discard),
                None if rest == "preview" => Some(Request::Preview),
                _ => None,
            }
        }
        Inbound::Text(text) => {
            let trimmed = text.trim_start();
            let Some(command) = trimmed.strip_prefix('/') else {
                return Some(Request::Text(text.clone())).filter(|_| looks_like_text(text));
            };
            let (name, args) = command
                .split_once(char::is_whitespace)
                .unwrap_or((command, ""));
            let name = name.split('@').next().unwrap_or("").to_ascii_lowercase();
            let args = args.trim();
            let first = args.split_whitespace().next().unwrap_or("");
            let number = || {
                args.split_whitespace()
                    .nth(1)?
                    .trim_start_matches('#')
                    .parse()
                    .ok()
            };
            match name.as_str() {
                "broadcast" if first == "cancel" => number().map(Request::Cancel),
                "broadcast" => Some(Request::NewDraft),
                "broadcasts" => Some(Request::List),
                "audience" => Some(Request::Audience(args.to_string())),
                "fallback" => Some(Request::Fallback(args.to_string())),
                "schedule" => Some(Request::Schedule(args.to_string())),
                "preview" => Some(Request::Preview),
                "session" if first == "remove" => number().map(Request::RemoveSession),
                "session" if first == "announce" => number().map(Request::Announce),
                "session" if args.is_empty() || first == "list" => Some(Request::Sessions),
                "session" => Some(Request::AddSession(args.to_string())),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `it: …`: a language code, a colon, text.
fn looks_like_text(text: &str) -> bool {
    text.split_once(':').is_some_and(|(code, rest)| {
        let code = code.trim();
        (2..=3).contains(&code.len())
            && code.bytes().all(|b| b.is_ascii_alphabetic())
            && !rest.trim().is_empty()
    })
}

const DRAFT_HELP: &str = "New broadcast. Send the announcement once per language, each as a message that starts with the language code and a colon:\n\nit: Incontro sui diritti delle donne…\nar: …\n\nThen, if you like:\n/audience regions=it topics=rights,health languages=it,ar (all by default; topics: rights, health, work, language, children; regions: it, es, gr)\n/fallback en: who reads none of your languages gets the English text (otherwise she gets nothing)\n/schedule 2026-12-01 10:00 Europe/Rome (or /schedule now)\n\nThen /preview shows what each language group will see and how many people, with the Send button.";

const SESSION_HELP: &str = "To add a session, send /session followed by its details in one message:\n\n/session\nstarts = \"2026-12-03 17:30\"\ntimezone = \"Europe/Rome\"\nplace = \"Casa delle Donne, Via Roma 1, Milano\"\nlanguages = [\"it\", \"ar\"]\ntopic = \"rights\"\nregion = \"it\"\n[texts.en]\ntitle = \"Your rights at work\"\ndescription = \"A free meeting with a lawyer and a mediator.\"\n[texts.it]\ntitle = \"…\"\ndescription = \"…\"\n\n/session remove N removes one; /session announce N announces it to the subscribers of its region and topic.";

struct Organiser<'a> {
    tg: &'a Telegram,
    chat: ChatId,
}

impl Organiser<'_> {
    async fn answer(&self, request: Request) -> anyhow::Result<()> {
        let store = self.tg.conversations.store();
        let user = self.chat.0;
        let now = clock::now();
        match request {
            Request::NewDraft => {
                let draft = Draft::new(user, clock::now_ms());
                self.keep(&draft).await?;
                self.say(DRAFT_HELP, vec![]).await?;
            }
            Request::Text(text) => {
                let mut draft = self.draft().await?;
                let language = draft.set_text(&text).unwrap_or_default();
                self.keep(&draft).await?;
                let languages: Vec<&str> = draft.texts.keys().map(String::as_str).collect();
                self.say_kept(&format!(
                    "Text in {language} kept. Languages so far: {}. Another language, /audience, or /preview.",
                    languages.join(", ")
                ))
                .await?;
            }
            Request::Audience(args) => {
                let mut draft = self.draft().await?;
                draft.set_audience(&args).map_err(anyhow::Error::msg)?;
                self.keep(&draft).await?;
                self.say_kept("Audience kept. /preview when ready.").await?;
            }
            Request::Fallback(code) => {
                let mut draft = self.draft().await?;
                let code = code.trim().to_lowercase();
                draft.fallback = match code.as_str() {
                    "" | "none" => None,
                    _ => Some(code),
                };
                self.keep(&draft).await?;
                self.say_kept("Fallback kept.").await?;
            }
            Request::Schedule(args) => {
                let mut draft = self.draft().await?;
                draft.set_schedule(&args).map_err(anyhow::Error::msg)?;
                self.keep(&draft).await?;
                self.say_kept("Time kept.").await?;
            }
            Request::Preview => {
                let draft = self.draft().await?;
                let broadcast = draft.to_broadcast(user, now).map_err(anyhow::Error::msg)?;
                self.preview(&broadcast, &draft).await?;
            }
            Request::Send { key, fingerprint } => {
                let Some(draft) = self.draft_if_key(&key).await? else {
                    // Sent already (a second tap): show what the first one created.
                    self.say(
                        "This broadcast was already sent: /broadcasts shows it.",
                        vec![],
                    )
                    .await?;
                    return Ok(());
                };
                let broadcast = draft.to_broadcast(user, now).map_err(anyhow::Error::msg)?;
                if draft.fingerprint() != fingerprint {
                    // An older preview's button: the draft changed since. Nothing goes
                    // that she has not seen.
                    self.say(
                        "That preview is out of date: the draft has changed since. Nothing was sent. Here it is as it is now:",
                        vec![],
                    )
                    .await?;
                    return self.preview(&broadcast, &draft).await;
                }
                self.create(broadcast).await?;
                store.delete_broadcast_draft(user).await?;
            }
            Request::Discard => {
                store.delete_broadcast_draft(user).await?;
                self.say("Draft discarded.", vec![]).await?;
            }
            Request::List => {
                let list = store.recent_broadcasts(10).await?;
                if list.is_empty() {
                    self.say("No broadcasts yet. /broadcast starts one.", vec![])
                        .await?;
                    return Ok(());
                }
                let text = list
                    .iter()
                    .map(|s| progress::line(s, now))
                    .collect::<Vec<_>>()
                    .join("\n\n");
                let buttons = list
                    .iter()
                    .filter(|s| s.state == "active")
                    .map(|s| {
                        button(
                            &format!("✖ Cancel #{}", s.id),
                            &format!("o:cancel:{}", s.id),
                        )
                    })
                    .collect();
                self.say(&text, buttons).await?;
            }
            Request::Cancel(id) => {
                let text = match store.cancel_broadcast(id, now).await? {
                    true => format!("Broadcast #{id} cancelled: nothing more is sent."),
                    false => format!("There is no scheduled or running broadcast #{id}."),
                };
                self.say(&text, vec![]).await?;
            }
            Request::AddSession(text) => {
                let session = parse_session(&text).map_err(anyhow::Error::msg)?;
                let id = store.add_session(&session, now).await?;
                let added = store.session(id).await?.map(|s| describe_session(&s));
                self.say(
                    &format!("Session added:\n{}", added.unwrap_or_default()),
                    vec![button("📣 Announce it now", &format!("o:announce:{id}"))],
                )
                .await?;
            }
            Request::Sessions => {
                let sessions = store.upcoming_sessions(now, None, None, 20).await?;
                let list = match sessions.is_empty() {
                    true => "No upcoming sessions.".to_string(),
                    false => sessions
                        .iter()
                        .map(describe_session)
                        .collect::<Vec<_>>()
                        .join("\n\n"),
                };
                self.say(&format!("{list}\n\n{SESSION_HELP}"), vec![])
                    .await?;
            }
            Request::RemoveSession(id) => {
                let text = match store.remove_session(id).await? {
                    true => format!("Session #{id} removed; its reminders will not be sent."),
                    false => format!("There is no session #{id}."),
                };
                self.say(&text, vec![]).await?;
            }
            Request::Announce(id) => {
                let session = store
                    .session(id)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("there is no session #{id}"))?;
                // One announcement per session and minute: a double tap sends once.
                let broadcast = announcement(&session, now / 60 * 60, Some(user), None);
                self.create(broadcast).await?;
            }
        }
        Ok(())
    }

    /// Stores the organiser's draft as it now is.
    async fn keep(&self, draft: &Draft) -> anyhow::Result<()> {
        let store = self.tg.conversations.store();
        store
            .put_broadcast_draft(self.chat.0, &draft.to_toml(), clock::now())
            .await?;
        Ok(())
    }

    /// Says what of the draft was kept, with the Preview button.
    async fn say_kept(&self, text: &str) -> anyhow::Result<()> {
        self.say(text, vec![button("👀 Preview", "o:preview")])
            .await?;
        Ok(())
    }

    async fn draft(&self) -> anyhow::Result<Draft> {
        match self
            .tg
            .conversations
            .store()
            .broadcast_draft(self.chat.0)
            .await?
        {
            Some(body) => Draft::parse(&body).map_err(anyhow::Error::msg),
            None => anyhow::bail!("no broadcast is being written: /broadcast starts one"),
        }
    }

    async fn draft_if_key(&self, key: &str) -> anyhow::Result<Option<Draft>> {
        match self
            .tg
            .conversations
            .store()
            .broadcast_draft(self.chat.0)
            .await?
        {
            Some(body) => {
                let draft = Draft::parse(&body).map_err(anyhow::Error::msg)?;
                Ok((draft.key == key).then_some(draft))
            }
            None => Ok(None),
        }
    }

    /// Each language's text exactly as she will get it, how many get it, then Send.
    async fn preview(&self, broadcast: &NewBroadcast, draft: &Draft) -> anyhow::Result<()> {
        let reach = Reach::of(self.tg.conversations.store(), broadcast).await?;
        for (language, text) in &broadcast.texts {
            self.say(
                &format!("[{language}: {}]\n\n{text}", reach.language(language)),
                vec![],
            )
            .await?;
        }
        let when = match draft.send_at {
            Some(at) if at > clock::now() => format!(
                "at {} UTC",
                crate::broadcast::sessions::local_time(at, "UTC")
            ),
            _ => "now".into(),
        };
        let fallback = match &broadcast.fallback {
            Some(code) => format!("others get the {code} text"),
            None => "no fallback: who reads none of these languages gets nothing".into(),
        };
        self.say(
            &format!(
                "Audience: {}\n{fallback}\nTotal: {}. Send {when}?",
                broadcast.audience,
                reach.total()
            ),
            vec![
                button(
                    "✅ Send",
                    &format!("o:send:{}:{}", draft.key, draft.fingerprint()),
                ),
                button("✖ Discard", "o:discard"),
            ],
        )
        .await?;
        Ok(())
    }

    /// Queues a broadcast and the message that will show its progress.
    async fn create(&self, mut broadcast: NewBroadcast) -> anyhow::Result<()> {
        let store = self.tg.conversations.store();
        broadcast.created_by = Some(self.chat.0);
        // Counted as the preview counts: an exact total after a preview that hid a group
        // would give its size away.
        let reach = progress::Reach::of(store, &broadcast).await?;
        let created = store.create_broadcast(&broadcast, clock::now()).await?;
        if !created.new {
            self.say(
                &format!(
                    "Broadcast #{} was already created: nothing new queued.",
                    created.id
                ),
                vec![],
            )
            .await?;
            return Ok(());
        }
        let message = self
            .say(
                &format!("Broadcast #{} queued for {}.", created.id, reach.total()),
                vec![button(
                    &format!("✖ Cancel #{}", created.id),
                    &format!("o:cancel:{}", created.id),
                )],
            )
            .await?;
        store
            .set_broadcast_progress(created.id, self.chat.0, i64::from(message.id.0))
            .await?;
        Ok(())
    }

    async fn say(
        &self,
        text: &str,
        buttons: Vec<Vec<InlineKeyboardButton>>,
    ) -> Result<Message, SendError> {
        let tg = self.tg;
        let chat = self.chat;
        let text = super::split::split_message(text, super::split::MAX_MESSAGE_UNITS)
            .into_iter()
            .next()
            .unwrap_or_default();
        tg.sender
            .call(chat, Cost::Message, || {
                let request = tg.bot.send_message(chat, text.clone());
                match buttons.is_empty() {
                    true => request,
                    false => request.reply_markup(InlineKeyboardMarkup::new(buttons.clone())),
                }
            })
            .await
    }
}

fn button(label: &str, payload: &str) -> Vec<InlineKeyboardButton> {
    vec![InlineKeyboardButton::callback(
        label.to_string(),
        payload.to_string(),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_organiser_requests_and_nothing_else() {
        let text = |t: &str| read(&Inbound::Text(t.into()));
        assert_eq!(text("/broadcast"), Some(Request::NewDraft));
        assert_eq!(text("/broadcast cancel 12"), Some(Request::Cancel(12)));
        assert_eq!(text("/broadcasts"), Some(Request::List));
        assert_eq!(text("it: Ciao"), Some(Request::Text("it: Ciao".into())));
        assert_eq!(text("/session"), Some(Request::Sessions));
        assert_eq!(text("/session remove #3"), Some(Request::RemoveSession(3)));
        assert_eq!(text("hello"), None);
        assert_eq!(text("/menu"), None);
        let send = |key: &str, fingerprint: &str| {
            Some(Request::Send {
                key: key.into(),
                fingerprint: fingerprint.into(),
            })
        };
        assert_eq!(
            read(&Inbound::Button("o:send:bot:1:2:00000000000000af".into())),
            send("bot:1:2", "00000000000000af")
        );
        // Without a fingerprint (an older button): one that matches no draft.
        assert_eq!(
            read(&Inbound::Button("o:send:bot:1:2".into())),
            send("bot:1:2", "")
        );
        assert_eq!(read(&Inbound::Button("g:menu".into())), None);
    }
}
