//! A handoff case as the store keeps it, how it ended, and its times for the organisers'
//! figures. The rules of cases are the handoff module's; these are its records.

use std::fmt;

/// How a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// She ended it (`/end` or the button).
    Ended,
    /// The mediator closed it.
    Closed,
    /// She used `/forget`.
    Forgotten,
    /// She blocked the bot.
    Blocked,
    /// Nobody wrote for `CARENET_CASE_IDLE_DAYS`, or her contact was erased by the
    /// retention purge: the case ended without anyone saying so.
    Idle,
}

impl Outcome {
    pub fn name(self) -> &'static str {
        match self {
            Outcome::Ended => "ended",
            Outcome::Closed => "closed",
            Outcome::Forgotten => "forgotten",
            Outcome::Blocked => "blocked",
            Outcome::Idle => "idle",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        [
            Outcome::Ended,
            Outcome::Closed,
            Outcome::Forgotten,
            Outcome::Blocked,
            Outcome::Idle,
        ]
        .into_iter()
        .find(|o| o.name() == text)
    }
}

/// One request to talk to a person. Its `Debug` hides her chat id.
#[derive(Clone, PartialEq, Eq)]
pub struct Case {
    pub id: i64,
    /// Her chat while the case is open; `None` once closed (the link to her is erased).
    pub chat_id: Option<i64>,
    /// Her language (a locale code).
    pub language: String,
    /// Her country as she chose it (ISO 3166 alpha-2, lower case), or empty.
    pub region: String,
    /// The dialogue node she was on when she asked.
    pub topic: String,
    pub opened_at: i64,
    pub announced_at: Option<i64>,
    pub escalations: i64,
    /// The staff member (Telegram user id) who claimed it.
    pub mediator: Option<i64>,
    pub claimed_at: Option<i64>,
    pub first_reply_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub outcome: Option<Outcome>,
    /// The announcement in the staff group and the case's forum topic, if any.
    pub staff_message: Option<i32>,
    pub staff_thread: Option<i32>,
    /// What her rating buttons carry, from the close until she rates.
    pub rating_token: Option<i64>,
    /// She used quick exit: the mediator's messages wait until she writes again.
    pub paused: bool,
}

impl Case {
    pub fn is_open(&self) -> bool {
        self.closed_at.is_none()
    }

    pub fn is_waiting(&self) -> bool {
        self.is_open() && self.mediator.is_none()
    }

    /// "#12 · ar · IT · rights": what staff see of a case, never who she is.
    pub fn label(&self) -> String {
        let mut parts = vec![format!("#{}", self.id), self.language.clone()];
        if !self.region.is_empty() {
            parts.push(self.region.to_ascii_uppercase());
        }
        if !self.topic.is_empty() {
            parts.push(self.topic.clone());
        }
        parts.join(" · ")
    }
}

impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Case")
            .field("id", &self.id)
            .field("chat_id", &self.chat_id.map(|_| "***"))
            .field("language", &self.language)
            .field("region", &self.region)
            .field("mediator", &self.mediator)
            .field("closed_at", &self.closed_at)
            .finish_non_exhaustive()
    }
}

/// What the store gives for one case: times and the two groupings, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseTimes {
    pub language: String,
    pub region: String,
    pub opened_at: i64,
    pub claimed_at: Option<i64>,
    pub first_reply_at: Option<i64>,
}
