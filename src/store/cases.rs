//! Handoff cases: open, announce, claim, close, and the message ids that route replies.
//! Every change of a case's state is one conditional statement, so that two staff members
//! pressing Claim at once, or a close racing a claim, leave one winner.

use sqlx::Row;

use super::case::{Case, CaseTimes, Outcome};
use super::{SECONDS_PER_DAY, Store, StoreError, day_of};

const CASE_COLUMNS: &str = "id, chat_id, language, region, topic, opened_at, announced_at, \
     escalations, mediator, claimed_at, first_reply_at, closed_at, outcome, staff_message, \
     staff_thread, rating_token, paused_at";

/// Whose message waits to be copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sender {
    Her,
    Mediator,
}

impl Sender {
    fn as_str(self) -> &'static str {
        match self {
            Sender::Her => "her",
            Sender::Mediator => "mediator",
        }
    }
}

/// What a new case records about her request.
#[derive(Debug, Clone)]
pub struct NewCase<'a> {
    pub language: &'a str,
    pub region: &'a str,
    pub topic: &'a str,
}

impl Store {
    /// Opens a case for her chat, or returns the one she already has open (`false`).
    pub async fn open_case(
        &self,
        chat_id: i64,
        new: NewCase<'_>,
        now: i64,
    ) -> Result<(Case, bool), StoreError> {
        if let Some(case) = self.open_case_of(chat_id).await? {
            return Ok((case, false));
        }
        let sql = format!(
            "INSERT INTO cases (chat_id, language, region, topic, opened_at, active_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING {CASE_COLUMNS}"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(chat_id)
            .bind(new.language)
            .bind(new.region)
            .bind(new.topic)
            .bind(now)
            .bind(day_of(now))
            .fetch_one(self.writer())
            .await?;
        Ok((case_of(&row)?, true))
    }

    /// Her open case, if any.
    pub async fn open_case_of(&self, chat_id: i64) -> Result<Option<Case>, StoreError> {
        self.cases_where("chat_id = $1 AND closed_at IS NULL", chat_id)
            .await
            .map(|mut cases| cases.pop())
    }

    pub async fn case(&self, id: i64) -> Result<Option<Case>, StoreError> {
        self.cases_where("id = $1", id)
            .await
            .map(|mut cases| cases.pop())
    }

    /// Every open case, oldest first.
    pub async fn open_cases(&self) -> Result<Vec<Case>, StoreError> {
        self.cases_where("closed_at IS NULL AND id > $1", 0).await
    }

    /// The open cases a staff member holds, oldest first.
    pub async fn cases_of_mediator(&self, mediator: i64) -> Result<Vec<Case>, StoreError> {
        self.cases_where("mediator = $1 AND closed_at IS NULL", mediator)
            .await
    }

    async fn cases_where(&self, condition: &str, value: i64) -> Result<Vec<Case>, StoreError> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE {condition} ORDER BY id");
        // The writer: a case just changed must be read as it is now.
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(value)
            .fetch_all(self.writer())
            .await?;
        rows.iter().map(case_of).collect()
    }

    /// Her place in the queue: waiting cases opened before hers, plus one.
    pub async fn queue_position(&self, id: i64) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM cases
             WHERE id <= $1 AND closed_at IS NULL AND mediator IS NULL",
        )
        .bind(id)
        .fetch_one(self.writer())
        .await?;
        Ok(row.try_get("n")?)
    }

    /// Records an announcement to staff; `escalated` counts it as one more escalation.
    pub async fn mark_announced(
        &self,
        id: i64,
        now: i64,
        message: Option<i32>,
        thread: Option<i32>,
        escalated: bool,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE cases SET announced_at = $2,
                 staff_message = COALESCE($3, staff_message),
                 staff_thread = COALESCE($4, staff_thread),
                 escalations = escalations + $5
             WHERE id = $1",
        )
        .bind(id)
        .bind(now)
        .bind(message.map(i64::from))
        .bind(thread.map(i64::from))
        .bind(i64::from(escalated))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Gives a waiting case to `mediator`. `false` when someone else was first or the case
    /// is closed.
    pub async fn claim_case(&self, id: i64, mediator: i64, now: i64) -> Result<bool, StoreError> {
        let claimed = sqlx::query(
            "UPDATE cases SET mediator = $2, claimed_at = $3, active_at = $4
             WHERE id = $1 AND mediator IS NULL AND closed_at IS NULL",
        )
        .bind(id)
        .bind(mediator)
        .bind(now)
        .bind(day_of(now))
        .execute(self.writer())
        .await?
        .rows_affected();
        Ok(claimed == 1)
    }

    /// Whether she is yet to be told that the mediator of `id` joined.
    pub async fn joined_untold(&self, id: i64) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT 1 AS untold FROM cases
             WHERE id = $1 AND mediator IS NOT NULL AND closed_at IS NULL
               AND joined_told_at IS NULL",
        )
        .bind(id)
        .fetch_optional(self.writer())
        .await?;
        Ok(row.is_some())
    }

    /// She was told that the mediator of `id` joined.
    pub async fn joined_told(&self, id: i64, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE cases SET joined_told_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Open cases claimed before `claimed_before` whose woman was never told a mediator
    /// joined (nor paused the chat with quick exit): a hand-over cut short by a restart.
    pub async fn untold_claims(&self, claimed_before: i64) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT id FROM cases
             WHERE closed_at IS NULL AND mediator IS NOT NULL AND joined_told_at IS NULL
               AND paused_at IS NULL AND claimed_at <= $1
             ORDER BY id",
        )
        .bind(claimed_before)
        .fetch_all(self.writer())
        .await?;
        rows.iter()
            .map(|r| r.try_get("id").map_err(Into::into))
            .collect()
    }

    /// Puts a claimed case back in the queue (its mediator cannot be reached or left the
    /// staff); with `announce_again` it is announced again at once.
    pub async fn release_case(
        &self,
        id: i64,
        mediator: i64,
        announce_again: bool,
    ) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        let released = sqlx::query(
            "UPDATE cases SET mediator = NULL, claimed_at = NULL, joined_told_at = NULL,
                 announced_at = CASE WHEN $3 THEN NULL ELSE announced_at END
             WHERE id = $1 AND mediator = $2 AND closed_at IS NULL",
        )
        .bind(id)
        .bind(mediator)
        .bind(announce_again)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if released == 1 {
            // A held message of the mediator's is an id in *their* chat: copied from the
            // next mediator's chat it would be another message, maybe to another woman.
            sqlx::query("DELETE FROM case_pending WHERE case_id = $1 AND sender = 'mediator'")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(released == 1)
    }

    /// Notes the mediator's first reply (the figure funders ask for).
    pub async fn note_first_reply(&self, id: i64, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE cases SET first_reply_at = $2 WHERE id = $1 AND first_reply_at IS NULL",
        )
        .bind(id)
        .bind(now)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// A sign of life in an open case (a message either way): it is not idle today. When
    /// the message is hers (`her_chat`), she was seen too, as when she uses the menu, so
    /// that the retention purge does not take her contact while she talks with a mediator.
    /// Writes at most once a day per case and per woman: both are kept as days.
    pub async fn note_case_activity(
        &self,
        id: i64,
        now: i64,
        her_chat: Option<i64>,
    ) -> Result<(), StoreError> {
        let today = day_of(now);
        sqlx::query(
            "UPDATE cases SET active_at = $2
             WHERE id = $1 AND closed_at IS NULL AND (active_at IS NULL OR active_at < $2)",
        )
        .bind(id)
        .bind(today)
        .execute(self.writer())
        .await?;
        let Some(chat) = her_chat else {
            return Ok(());
        };
        let key = super::ContactKey {
            channel: super::Channel::Telegram,
            chat_id: chat,
        };
        let seen = sqlx::query(
            "UPDATE contacts SET last_seen_at = $3
             WHERE channel = $1 AND chat_id = $2 AND last_seen_at < $3",
        )
        .bind(key.channel.as_str())
        .bind(chat)
        .bind(today)
        .execute(self.writer())
        .await?
        .rows_affected();
        // The memory keeps in step with the file (see `cache`).
        if let Some(recent) = &self.recent
            && seen > 0
        {
            recent.seen(key, today);
        }
        Ok(())
    }

    /// The open cases to close because they ended without anyone saying so: no sign of
    /// life for `idle_days` whole days by `now` (the day of the last one is not counted:
    /// only the day is kept), or her contact erased by the retention purge.
    pub async fn idle_cases(&self, now: i64, idle_days: i64) -> Result<Vec<i64>, StoreError> {
        let active_before = now - (idle_days + 1) * SECONDS_PER_DAY;
        let rows = sqlx::query(
            "SELECT id FROM cases
             WHERE closed_at IS NULL
               AND (contact_purged = 1 OR COALESCE(active_at, opened_at) <= $1)
             ORDER BY id",
        )
        .bind(active_before)
        .fetch_all(self.writer())
        .await?;
        rows.iter()
            .map(|r| r.try_get("id").map_err(Into::into))
            .collect()
    }

    /// Closes an open case and erases its link to her and its message ids; `rating_token`
    /// goes on her rating buttons. Returns the case as it was (with her chat id, to tell
    /// her) when this call closed it.
    ///
    /// A closed case keeps days, not seconds, as contacts do: the second would show when
    /// she wrote. Its times all move back by the same amount, to the start of the day it
    /// opened, so that the waits the figures measure (claim, first reply) stay exact; the
    /// close is rounded down to its day.
    pub async fn close_case(
        &self,
        id: i64,
        outcome: Outcome,
        now: i64,
        rating_token: i64,
    ) -> Result<Option<Case>, StoreError> {
        let Some(case) = self.case(id).await?.filter(Case::is_open) else {
            return Ok(None);
        };
        let mut tx = self.writer().begin().await?;
        let shift = case.opened_at - day_of(case.opened_at);
        let closed = sqlx::query(
            "UPDATE cases SET closed_at = $2, outcome = $3, chat_id = NULL, paused_at = NULL,
                 rating_token = $4,
                 opened_at = opened_at - $5, announced_at = announced_at - $5,
                 claimed_at = claimed_at - $5, first_reply_at = first_reply_at - $5,
                 joined_told_at = joined_told_at - $5
             WHERE id = $1 AND closed_at IS NULL",
        )
        .bind(id)
        .bind(day_of(now))
        .bind(outcome.name())
        .bind(rating_token)
        .bind(shift)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        for sql in [
            "DELETE FROM case_pending WHERE case_id = $1",
            "DELETE FROM case_messages WHERE case_id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        if closed == 1 {
            self.erased();
        }
        Ok((closed == 1).then_some(case))
    }

    /// Keeps the id of a message that cannot be copied yet: hers before anyone claimed
    /// her case, the mediator's after her quick exit.
    pub async fn hold_message(
        &self,
        id: i64,
        sender: Sender,
        message_id: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO case_pending (case_id, sender, message_id) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(sender.as_str())
        .bind(message_id)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// The ids held for a case from one side, in order.
    pub async fn held_messages(&self, id: i64, sender: Sender) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT message_id FROM case_pending WHERE case_id = $1 AND sender = $2
             ORDER BY message_id",
        )
        .bind(id)
        .bind(sender.as_str())
        .fetch_all(self.writer())
        .await?;
        rows.iter()
            .map(|r| r.try_get("message_id").map_err(StoreError::from))
            .collect()
    }

    /// Forgets a held id once its message is copied.
    pub async fn release_held(
        &self,
        id: i64,
        sender: Sender,
        message_id: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "DELETE FROM case_pending WHERE case_id = $1 AND sender = $2 AND message_id = $3",
        )
        .bind(id)
        .bind(sender.as_str())
        .bind(message_id)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// She used quick exit (`paused`) or wrote again.
    pub async fn pause_case(&self, id: i64, paused: bool, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE cases SET paused_at = CASE WHEN $2 THEN $3 ELSE NULL END
             WHERE id = $1 AND closed_at IS NULL",
        )
        .bind(id)
        .bind(paused)
        .bind(now)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Notes that a message in the mediator's chat belongs to a case.
    pub async fn note_case_message(
        &self,
        mediator: i64,
        message_id: i64,
        id: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO case_messages (mediator, message_id, case_id) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
        )
        .bind(mediator)
        .bind(message_id)
        .bind(id)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// The case a message in the mediator's chat belongs to.
    pub async fn case_of_message(
        &self,
        mediator: i64,
        message_id: i64,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "SELECT case_id FROM case_messages WHERE mediator = $1 AND message_id = $2",
        )
        .bind(mediator)
        .bind(message_id)
        .fetch_optional(self.writer())
        .await?;
        Ok(row.map(|r| r.try_get("case_id")).transpose()?)
    }

    /// Her optional rating of a case closed within the last `window` seconds, once, with
    /// the token her buttons carry. The close is kept as a day: the window runs from the
    /// end of that day (UTC), so she has at least `window`, at most a day more.
    pub async fn rate_case(
        &self,
        id: i64,
        token: i64,
        rating: i64,
        now: i64,
        window: i64,
    ) -> Result<bool, StoreError> {
        let rated = sqlx::query(
            "UPDATE cases SET rating = $2, rating_token = NULL
             WHERE id = $1 AND rating_token = $4 AND rating IS NULL
                 AND closed_at IS NOT NULL AND closed_at >= $3",
        )
        .bind(id)
        .bind(rating)
        .bind(day_of(now - window))
        .bind(token)
        .execute(self.writer())
        .await?
        .rows_affected();
        Ok(rated == 1)
    }

    /// Her rating of a case, if she gave one.
    pub async fn case_rating(&self, id: i64) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("SELECT rating FROM cases WHERE id = $1")
            .bind(id)
            .fetch_optional(self.reader())
            .await?;
        Ok(row.map(|r| r.try_get("rating")).transpose()?.flatten())
    }

    /// The times of cases opened since `since`, for the figures.
    pub async fn case_times(&self, since: i64) -> Result<Vec<CaseTimes>, StoreError> {
        let rows = sqlx::query(
            "SELECT language, region, opened_at, claimed_at, first_reply_at FROM cases
             WHERE opened_at >= $1",
        )
        .bind(since)
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CaseTimes {
                    language: row.try_get("language")?,
                    region: row.try_get("region")?,
                    opened_at: row.try_get("opened_at")?,
                    claimed_at: row.try_get("claimed_at")?,
                    first_reply_at: row.try_get("first_reply_at")?,
                })
            })
            .collect()
    }

    /// Erases the metadata of cases closed before `before`, and any message id left of a
    /// closed case. Returns how many cases.
    pub async fn purge_cases(&self, before: i64) -> Result<u64, StoreError> {
        let purged = sqlx::query("DELETE FROM cases WHERE closed_at < $1")
            .bind(before)
            .execute(self.writer())
            .await?
            .rows_affected();
        for table in ["case_pending", "case_messages"] {
            let sql = format!(
                "DELETE FROM {table} WHERE case_id NOT IN
                     (SELECT id FROM cases WHERE closed_at IS NULL)"
            );
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(self.writer())
                .await?;
        }
        self.erased();
        Ok(purged)
    }
}

fn case_of(row: &sqlx::any::AnyRow) -> Result<Case, StoreError> {
    let outcome: Option<String> = row.try_get("outcome")?;
    let small = |name: &str| -> Result<Option<i32>, StoreError> {
        let value: Option<i64> = row.try_get(name)?;
        Ok(value.and_then(|v| i32::try_from(v).ok()))
    };
    Ok(Case {
        id: row.try_get("id")?,
        chat_id: row.try_get("chat_id")?,
        language: row.try_get("language")?,
        region: row.try_get("region")?,
        topic: row.try_get("topic")?,
        opened_at: row.try_get("opened_at")?,
        announced_at: row.try_get("announced_at")?,
        escalations: row.try_get("escalations")?,
        mediator: row.try_get("mediator")?,
        claimed_at: row.try_get("claimed_at")?,
        first_reply_at: row.try_get("first_reply_at")?,
        closed_at: row.try_get("closed_at")?,
        outcome: outcome.as_deref().and_then(Outcome::parse),
        staff_message: small("staff_message")?,
        staff_thread: small("staff_thread")?,
        rating_token: row.try_get("rating_token")?,
        paused: row.try_get::<Option<i64>, _>("paused_at")?.is_some(),
    })
}
