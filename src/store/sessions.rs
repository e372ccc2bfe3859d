//! Awareness sessions as data, and the reminders she asks for: a reminder is a row in the
//! delivery queue of the session's own reminder broadcast, due the day before.

use std::collections::BTreeMap;

use sqlx::Row;

use super::{ContactKey, Store, StoreError, value_rows};
use crate::broadcast::Topic;
use crate::broadcast::sessions::{NewSession, Session};

/// What asking for a reminder did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    Set,
    AlreadySet,
    /// The session has started or is gone.
    TooLate,
    /// We keep no contact for her.
    NoContact,
    /// An organiser cancelled this session's reminders.
    Off,
}

impl Store {
    pub async fn add_session(&self, session: &NewSession, now: i64) -> Result<i64, StoreError> {
        let mut tx = self.writer().begin().await?;
        let row = sqlx::query(
            "INSERT INTO sessions (starts_at, timezone, place, languages, topic, region,
                                   created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(session.starts_at)
        .bind(session.timezone.clone())
        .bind(session.place.clone())
        .bind(session.languages.join(","))
        .bind(session.topic.name())
        .bind(session.region.clone())
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        let sql = format!(
            "INSERT INTO session_texts (session_id, language, title, description) VALUES {}",
            value_rows(self.backend, session.texts.len(), 4)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (language, (title, description)) in &session.texts {
            query = query
                .bind(id)
                .bind(language.clone())
                .bind(title.clone())
                .bind(description.clone());
        }
        query.execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Removes a session; its reminders not yet sent are cancelled.
    pub async fn remove_session(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query(
            "UPDATE deliveries SET state = 'cancelled' WHERE state = 'pending' AND broadcast_id IN
                 (SELECT id FROM broadcasts WHERE session_id = $1 AND kind = 'reminder')",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE broadcasts SET state = 'cancelled' WHERE session_id = $1 AND state = 'active'",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM session_texts WHERE session_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let removed = sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(removed > 0)
    }

    pub async fn session(&self, id: i64) -> Result<Option<Session>, StoreError> {
        let rows = self
            .sessions_where("s.id = $1", |q| q.bind(id), None)
            .await?;
        Ok(rows.into_iter().next())
    }

    /// Sessions that start after `now`, soonest first; in `region` and where `language`
    /// is spoken when given.
    pub async fn upcoming_sessions(
        &self,
        now: i64,
        region: Option<&str>,
        language: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Session>, StoreError> {
        let region = region.map(str::to_string);
        let language = language.map(|l| format!("%,{l},%"));
        self.sessions_where(
            "s.starts_at > $1 AND ($2 = '' OR s.region = $2)
             AND ($3 = '' OR (',' || s.languages || ',') LIKE $3)",
            |q| {
                q.bind(now)
                    .bind(region.unwrap_or_default())
                    .bind(language.unwrap_or_default())
            },
            Some(limit),
        )
        .await
    }

    async fn sessions_where<'q>(
        &self,
        condition: &str,
        bind: impl FnOnce(super::contacts::AnyQuery<'q>) -> super::contacts::AnyQuery<'q>,
        limit: Option<i64>,
    ) -> Result<Vec<Session>, StoreError> {
        let limit = limit.map(|n| format!("LIMIT {n}")).unwrap_or_default();
        let sql = format!(
            "SELECT s.id, s.starts_at, s.timezone, s.place, s.languages, s.topic, s.region
             FROM sessions s WHERE {condition} ORDER BY s.starts_at, s.id {limit}"
        );
        let rows = bind(sqlx::query(sqlx::AssertSqlSafe(sql)))
            .fetch_all(self.reader())
            .await?;
        let mut sessions = Vec::new();
        for row in rows {
            let id: i64 = row.try_get("id")?;
            let languages: String = row.try_get("languages")?;
            let topic: String = row.try_get("topic")?;
            sessions.push(Session {
                id,
                starts_at: row.try_get("starts_at")?,
                timezone: row.try_get("timezone")?,
                place: row.try_get("place")?,
                languages: languages
                    .split(',')
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect(),
                topic: Topic::parse(&topic).unwrap_or(Topic::Rights),
                region: row.try_get("region")?,
                texts: BTreeMap::new(),
            });
        }
        for session in &mut sessions {
            let rows = sqlx::query(
                "SELECT language, title, description FROM session_texts WHERE session_id = $1",
            )
            .bind(session.id)
            .fetch_all(self.reader())
            .await?;
            for row in rows {
                session.texts.insert(
                    row.try_get("language")?,
                    (row.try_get("title")?, row.try_get("description")?),
                );
            }
        }
        Ok(sessions)
    }

    /// Queues her reminder for `session`, due at `due_ms`, in her language; `texts` are
    /// the reminder in each language (used when the session's reminder broadcast is
    /// created by this first request).
    pub async fn ask_reminder(
        &self,
        session: &Session,
        key: ContactKey,
        texts: &BTreeMap<String, String>,
        due_ms: i64,
        now: i64,
    ) -> Result<Reminder, StoreError> {
        if session.starts_at <= now || due_ms > session.starts_at * 1000 {
            return Ok(Reminder::TooLate);
        }
        let mut tx = self.durable_tx().await?;
        // The session's one reminder broadcast, created by the first request. Two first
        // requests at once: the second waits for the first's row (the unique index on
        // session and kind) and then uses it.
        let created = sqlx::query(
            "INSERT INTO broadcasts (kind, session_id, audience, scheduled_at, created_at)
             VALUES ('reminder', $1, $2, $3, $4)
             ON CONFLICT (session_id, kind) DO NOTHING
             RETURNING id",
        )
        .bind(session.id)
        .bind(format!("reminders of session {}", session.id))
        .bind(due_ms / 1000)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let broadcast: i64 = match created {
            Some(row) => {
                let id: i64 = row.try_get("id")?;
                let sql = format!(
                    "INSERT INTO broadcast_texts (broadcast_id, language, text) VALUES {}",
                    value_rows(self.backend, texts.len(), 3)
                );
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
                for (language, text) in texts {
                    query = query.bind(id).bind(language.clone()).bind(text.clone());
                }
                query.execute(&mut *tx).await?;
                id
            }
            None => {
                let row = sqlx::query(
                    "SELECT id FROM broadcasts WHERE session_id = $1 AND kind = 'reminder'",
                )
                .bind(session.id)
                .fetch_one(&mut *tx)
                .await?;
                row.try_get("id")?
            }
        };
        // Active again if all its reminders went (more can be asked for until the day
        // before), but never once an organiser cancelled it: reminders of this session
        // are off then.
        let active = sqlx::query(
            "UPDATE broadcasts SET state = 'active', finished_at = NULL
             WHERE id = $1 AND state <> 'cancelled'",
        )
        .bind(broadcast)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if active == 0 {
            tx.rollback().await?;
            return Ok(Reminder::Off);
        }
        // Silent unless she chose sound for her invitations: a reminder that rings could
        // tell someone near her about it.
        let inserted = sqlx::query(
            "INSERT INTO deliveries (broadcast_id, contact_id, chat_id, language, silent,
                                     next_attempt_at)
             SELECT $1, c.id, c.chat_id, COALESCE(c.language, 'en'),
                    COALESCE((SELECT s.silent FROM subscriptions s WHERE s.contact_id = c.id), 1),
                    $4
             FROM contacts c WHERE c.channel = $2 AND c.chat_id = $3
             ON CONFLICT (broadcast_id, contact_id) DO NOTHING",
        )
        .bind(broadcast)
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .bind(due_ms)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let has_contact =
            sqlx::query("SELECT COUNT(*) AS n FROM contacts WHERE channel = $1 AND chat_id = $2")
                .bind(key.channel.as_str())
                .bind(key.chat_id)
                .fetch_one(&mut *tx)
                .await?
                .try_get::<i64, _>("n")?
                > 0;
        tx.commit().await?;
        Ok(match (inserted, has_contact) {
            (_, false) => Reminder::NoContact,
            (0, true) => Reminder::AlreadySet,
            _ => Reminder::Set,
        })
    }
}
