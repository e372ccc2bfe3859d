//! The organisers' side of broadcasts and sessions, on any channel: `/broadcast` and its
//! draft (one text per language, audience, fallback, schedule, preview, send),
//! `/broadcasts`, `/session`. The sender's role is checked in the store every time; anyone
//! else is not answered here. The staff interface is English, and its texts live here.
//!
//! The service answers a [`Request`] with [`Note`]s (text and buttons) for the channel to
//! send in order; the channel reports back the message that shows a broadcast's progress
//! ([`Organiser::progress_shown`]), so the sender can edit it as the broadcast goes.

use super::NewBroadcast;
use super::draft::Draft;
use super::progress::{self, Reach};
use super::sessions::{announcement, describe_session, local_time, parse_session};
use crate::clock;
use crate::staff::Role;
use crate::store::{Store, StoreError};

/// What an organiser typed or pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// `/broadcast`: a new draft (and how to write it).
    NewDraft,
    /// `it: text` while a draft is open.
    Text(String),
    Audience(String),
    Fallback(String),
    Schedule(String),
    /// `/preview` or `o:preview`.
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

impl Request {
    /// The payload of a button that makes this request; `None` for a request that only
    /// a typed command makes.
    pub fn payload(&self) -> Option<String> {
        Some(match self {
            Request::Preview => "o:preview".into(),
            Request::Send { key, fingerprint } => format!("o:send:{key}:{fingerprint}"),
            Request::Discard => "o:discard".into(),
            Request::Cancel(id) => format!("o:cancel:{id}"),
            Request::Announce(id) => format!("o:announce:{id}"),
            _ => return None,
        })
    }

    /// A button's request; `None` for a payload that is not an organiser's.
    pub fn from_payload(raw: &str) -> Option<Request> {
        let rest = raw.strip_prefix("o:")?;
        match rest.split_once(':') {
            Some(("send", tail)) => {
                // The key has colons of its own; a payload without a fingerprint (from
                // before fingerprints) matches no draft, and gets a new preview.
                let (key, fingerprint) = match tail.rsplit_once(':') {
                    Some((key, f)) if f.len() == 16 && f.bytes().all(|b| b.is_ascii_hexdigit()) => {
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

    /// A typed message's request; `None` for anything else (no store lookup then).
    pub fn from_text(text: &str) -> Option<Request> {
        let trimmed = text.trim_start();
        let Some(command) = trimmed.strip_prefix('/') else {
            return Some(Request::Text(text.to_string())).filter(|_| looks_like_text(text));
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

/// One message to the organiser: a text and buttons (one per row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub buttons: Vec<(String, Request)>,
    /// This message shows the progress of this broadcast: once sent, tell
    /// [`Organiser::progress_shown`] its id.
    pub progress_of: Option<i64>,
}

impl Note {
    pub fn new(text: impl Into<String>) -> Note {
        Note {
            text: text.into(),
            buttons: vec![],
            progress_of: None,
        }
    }

    /// What the organiser is told when a request, or sending its answer, fails.
    pub fn failure(error: &dyn std::fmt::Display) -> Note {
        Note::new(format!("That did not work: {error}"))
    }

    fn with(mut self, label: impl Into<String>, request: Request) -> Note {
        self.buttons.push((label.into(), request));
        self
    }
}

const DRAFT_HELP: &str = "New broadcast. Send the announcement once per language, each as a message that starts with the language code and a colon:\n\nit: Incontro sui diritti delle donne…\nar: …\n\nThen, if you like:\n/audience regions=it topics=rights,health languages=it,ar (all by default; topics: rights, health, work, language, children; regions: it, es, gr)\n/fallback en: who reads none of your languages gets the English text (otherwise she gets nothing)\n/schedule 2026-12-01 10:00 Europe/Rome (or /schedule now)\n\nThen /preview shows what each language group will see and how many people, with the Send button.";

const SESSION_HELP: &str = "To add a session, send /session followed by its details in one message:\n\n/session\nstarts = \"2026-12-03 17:30\"\ntimezone = \"Europe/Rome\"\nplace = \"Casa delle Donne, Via Roma 1, Milano\"\nlanguages = [\"it\", \"ar\"]\ntopic = \"rights\"\nregion = \"it\"\n[texts.en]\ntitle = \"Your rights at work\"\ndescription = \"A free meeting with a lawyer and a mediator.\"\n[texts.it]\ntitle = \"…\"\ndescription = \"…\"\n\n/session remove N removes one; /session announce N announces it to the subscribers of its region and topic.";

/// What [`Organiser::answer`] says back.
#[derive(Debug)]
pub struct Answer {
    pub notes: Vec<Note>,
    /// The request failed (the last note says so).
    pub failed: bool,
}

#[derive(Clone)]
pub struct Organiser {
    store: Store,
}

impl Organiser {
    pub fn new(store: Store) -> Organiser {
        Organiser { store }
    }

    /// Whether `request` from `user` is this service's: `user` is an organiser (asked of
    /// the store every time: a removed organiser is an ordinary user at once), and a
    /// draft text is only a draft text while a draft is open.
    pub async fn accepts(&self, user: i64, request: &Request) -> Result<bool, StoreError> {
        match self.store.staff_member(user).await? {
            Some(member) if member.role == Role::Organiser => {}
            _ => return Ok(false),
        }
        if let Request::Text(_) = request {
            return Ok(self.store.broadcast_draft(user).await?.is_some());
        }
        Ok(true)
    }

    /// The answer to one request of `user`: the messages to send, in order. When the
    /// request fails part way, the messages written before the failure come too (a
    /// broadcast queued before a later step failed is still shown, with its Cancel
    /// button), followed by one that says what did not work; `failed` is then true.
    pub async fn answer(&self, user: i64, request: Request) -> Answer {
        let mut desk = Desk {
            store: &self.store,
            user,
            notes: Vec::new(),
        };
        let result = desk.answer(request).await;
        let mut notes = desk.notes;
        if let Err(e) = &result {
            tracing::warn!(error = %e, "organiser request failed");
            notes.push(Note::failure(e));
        }
        Answer {
            notes,
            failed: result.is_err(),
        }
    }

    /// The message showing broadcast `id`'s progress was sent to `chat` as `message`.
    pub async fn progress_shown(&self, id: i64, chat: i64, message: i64) -> Result<(), StoreError> {
        self.store.set_broadcast_progress(id, chat, message).await
    }
}

/// One request being answered.
struct Desk<'a> {
    store: &'a Store,
    user: i64,
    notes: Vec<Note>,
}

impl Desk<'_> {
    fn say(&mut self, note: Note) {
        self.notes.push(note);
    }

    /// Says what of the draft was kept, with the Preview button.
    fn say_kept(&mut self, text: &str) {
        self.say(Note::new(text).with("👀 Preview", Request::Preview));
    }

    async fn answer(&mut self, request: Request) -> anyhow::Result<()> {
        let store = self.store;
        let user = self.user;
        let now = clock::now();
        match request {
            Request::NewDraft => {
                let draft = Draft::new(user, clock::now_ms());
                self.keep(&draft).await?;
                self.say(Note::new(DRAFT_HELP));
            }
            Request::Text(text) => {
                let mut draft = self.draft().await?;
                let language = draft.set_text(&text).unwrap_or_default();
                self.keep(&draft).await?;
                let languages: Vec<&str> = draft.texts.keys().map(String::as_str).collect();
                self.say_kept(&format!(
                    "Text in {language} kept. Languages so far: {}. Another language, /audience, or /preview.",
                    languages.join(", ")
                ));
            }
            Request::Audience(args) => {
                let mut draft = self.draft().await?;
                draft.set_audience(&args).map_err(anyhow::Error::msg)?;
                self.keep(&draft).await?;
                self.say_kept("Audience kept. /preview when ready.");
            }
            Request::Fallback(code) => {
                let mut draft = self.draft().await?;
                let code = code.trim().to_lowercase();
                draft.fallback = match code.as_str() {
                    "" | "none" => None,
                    _ => Some(code),
                };
                self.keep(&draft).await?;
                self.say_kept("Fallback kept.");
            }
            Request::Schedule(args) => {
                let mut draft = self.draft().await?;
                draft.set_schedule(&args).map_err(anyhow::Error::msg)?;
                self.keep(&draft).await?;
                self.say_kept("Time kept.");
            }
            Request::Preview => {
                let draft = self.draft().await?;
                let broadcast = draft.to_broadcast(user, now).map_err(anyhow::Error::msg)?;
                self.preview(&broadcast, &draft).await?;
            }
            Request::Send { key, fingerprint } => {
                let Some(draft) = self.draft_if_key(&key).await? else {
                    // Sent already (a second tap): show what the first one created.
                    self.say(Note::new(
                        "This broadcast was already sent: /broadcasts shows it.",
                    ));
                    return Ok(());
                };
                let broadcast = draft.to_broadcast(user, now).map_err(anyhow::Error::msg)?;
                if draft.fingerprint() != fingerprint {
                    // An older preview's button: the draft changed since. Nothing goes
                    // that she has not seen.
                    self.say(Note::new(
                        "That preview is out of date: the draft has changed since. Nothing was sent. Here it is as it is now:",
                    ));
                    return self.preview(&broadcast, &draft).await;
                }
                self.create(broadcast).await?;
                store.delete_broadcast_draft(user).await?;
            }
            Request::Discard => {
                store.delete_broadcast_draft(user).await?;
                self.say(Note::new("Draft discarded."));
            }
            Request::List => {
                let list = store.recent_broadcasts(10).await?;
                if list.is_empty() {
                    self.say(Note::new("No broadcasts yet. /broadcast starts one."));
                    return Ok(());
                }
                let text = list
                    .iter()
                    .map(|s| progress::line(s, now))
                    .collect::<Vec<_>>()
                    .join("\n\n");
                let mut note = Note::new(text);
                for s in list.iter().filter(|s| s.state == "active") {
                    note = note.with(format!("✖ Cancel #{}", s.id), Request::Cancel(s.id));
                }
                self.say(note);
            }
            Request::Cancel(id) => {
                let text = match store.cancel_broadcast(id, now).await? {
                    true => format!("Broadcast #{id} cancelled: nothing more is sent."),
                    false => format!("There is no scheduled or running broadcast #{id}."),
                };
                self.say(Note::new(text));
            }
            Request::AddSession(text) => {
                let session = parse_session(&text).map_err(anyhow::Error::msg)?;
                let id = store.add_session(&session, now).await?;
                let added = store.session(id).await?.map(|s| describe_session(&s));
                self.say(
                    Note::new(format!("Session added:\n{}", added.unwrap_or_default()))
                        .with("📣 Announce it now", Request::Announce(id)),
                );
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
                self.say(Note::new(format!("{list}\n\n{SESSION_HELP}")));
            }
            Request::RemoveSession(id) => {
                let text = match store.remove_session(id).await? {
                    true => format!("Session #{id} removed; its reminders will not be sent."),
                    false => format!("There is no session #{id}."),
                };
                self.say(Note::new(text));
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
        self.store
            .put_broadcast_draft(self.user, &draft.to_toml(), clock::now())
            .await?;
        Ok(())
    }

    async fn draft(&self) -> anyhow::Result<Draft> {
        match self.store.broadcast_draft(self.user).await? {
            Some(body) => Draft::parse(&body).map_err(anyhow::Error::msg),
            None => anyhow::bail!("no broadcast is being written: /broadcast starts one"),
        }
    }

    async fn draft_if_key(&self, key: &str) -> anyhow::Result<Option<Draft>> {
        match self.store.broadcast_draft(self.user).await? {
            Some(body) => {
                let draft = Draft::parse(&body).map_err(anyhow::Error::msg)?;
                Ok((draft.key == key).then_some(draft))
            }
            None => Ok(None),
        }
    }

    /// Each language's text exactly as she will get it, how many get it, then Send.
    async fn preview(&mut self, broadcast: &NewBroadcast, draft: &Draft) -> anyhow::Result<()> {
        let reach = Reach::of(self.store, broadcast).await?;
        for (language, text) in &broadcast.texts {
            self.say(Note::new(format!(
                "[{language}: {}]\n\n{text}",
                reach.language(language)
            )));
        }
        let when = match draft.send_at {
            Some(at) if at > clock::now() => format!("at {} UTC", local_time(at, "UTC")),
            _ => "now".into(),
        };
        let fallback = match &broadcast.fallback {
            Some(code) => format!("others get the {code} text"),
            None => "no fallback: who reads none of these languages gets nothing".into(),
        };
        self.say(
            Note::new(format!(
                "Audience: {}\n{fallback}\nTotal: {}. Send {when}?",
                broadcast.audience,
                reach.total()
            ))
            .with(
                "✅ Send",
                Request::Send {
                    key: draft.key.clone(),
                    fingerprint: draft.fingerprint(),
                },
            )
            .with("✖ Discard", Request::Discard),
        );
        Ok(())
    }

    /// Queues a broadcast, and the message that will show its progress.
    async fn create(&mut self, mut broadcast: NewBroadcast) -> anyhow::Result<()> {
        broadcast.created_by = Some(self.user);
        // Counted as the preview counts: an exact total after a preview that hid a group
        // would give its size away.
        let reach = Reach::of(self.store, &broadcast).await?;
        let created = self
            .store
            .create_broadcast(&broadcast, clock::now())
            .await?;
        if !created.new {
            self.say(Note::new(format!(
                "Broadcast #{} was already created: nothing new queued.",
                created.id
            )));
            return Ok(());
        }
        let mut note = Note::new(format!(
            "Broadcast #{} queued for {}.",
            created.id,
            reach.total()
        ))
        .with(
            format!("✖ Cancel #{}", created.id),
            Request::Cancel(created.id),
        );
        note.progress_of = Some(created.id);
        self.say(note);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_organiser_requests_and_nothing_else() {
        let text = Request::from_text;
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
            Request::from_payload("o:send:bot:1:2:00000000000000af"),
            send("bot:1:2", "00000000000000af")
        );
        // Without a fingerprint (an older button): one that matches no draft.
        assert_eq!(Request::from_payload("o:send:bot:1:2"), send("bot:1:2", ""));
        assert_eq!(Request::from_payload("g:menu"), None);
    }

    #[test]
    fn every_button_request_round_trips_exactly() {
        for request in [
            Request::Preview,
            Request::Send {
                key: "bot:12:1800000000000".into(),
                fingerprint: "00000000000000af".into(),
            },
            Request::Discard,
            Request::Cancel(7),
            Request::Announce(9),
        ] {
            let raw = request.payload().expect("a button");
            assert_eq!(Request::from_payload(&raw), Some(request), "{raw}");
            assert!(raw.len() <= 64, "{raw}");
        }
        assert_eq!(Request::NewDraft.payload(), None);
    }
}
