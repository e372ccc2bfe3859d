//! Subscriptions: the topics and region she asked invitations for, silent delivery, and
//! when she agreed. Forgetting her erases them (a trigger on `contacts`).

use sqlx::Row;

use super::{ContactKey, Store, StoreError};
use crate::broadcast::Topics;

/// Her subscription. No chat id in it: its `Debug` is safe to log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub topics: Topics,
    pub region: String,
    pub silent: bool,
    /// Unix seconds she agreed to what is kept for invitations (saved her choices after
    /// saying yes to the consent text).
    pub consent_at: i64,
}

impl Store {
    /// Subscribes her (or changes her choices, with the time of her new consent). Returns
    /// false when we keep no contact for her (she never agreed to the bot's terms, or was
    /// forgotten).
    pub async fn subscribe(
        &self,
        key: ContactKey,
        subscription: &Subscription,
    ) -> Result<bool, StoreError> {
        let changed = sqlx::query(
            "INSERT INTO subscriptions (contact_id, topics, region, silent, consent_at)
             SELECT id, $3, $4, $5, $6 FROM contacts WHERE channel = $1 AND chat_id = $2
             ON CONFLICT (contact_id) DO UPDATE SET topics = excluded.topics,
                 region = excluded.region, silent = excluded.silent,
                 consent_at = excluded.consent_at",
        )
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .bind(subscription.topics.0)
        .bind(subscription.region.clone())
        .bind(i64::from(subscription.silent))
        .bind(subscription.consent_at)
        .execute(self.writer())
        .await?
        .rows_affected();
        Ok(changed > 0)
    }

    /// Ends her subscription at once: announcements not yet sent to her are dropped.
    /// Returns whether she had one.
    pub async fn unsubscribe(&self, key: ContactKey) -> Result<bool, StoreError> {
        let mut tx = self.durable_tx().await?;
        let removed = sqlx::query(
            "DELETE FROM subscriptions WHERE contact_id IN
                 (SELECT id FROM contacts WHERE channel = $1 AND chat_id = $2)",
        )
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query(
            "UPDATE deliveries SET state = 'dropped'
             WHERE state = 'pending'
               AND contact_id IN (SELECT id FROM contacts WHERE channel = $1 AND chat_id = $2)
               AND broadcast_id IN (SELECT id FROM broadcasts WHERE kind = 'announcement')",
        )
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(removed > 0)
    }

    pub async fn subscription(&self, key: ContactKey) -> Result<Option<Subscription>, StoreError> {
        let row = sqlx::query(
            "SELECT s.topics, s.region, s.silent, s.consent_at
             FROM subscriptions s JOIN contacts c ON c.id = s.contact_id
             WHERE c.channel = $1 AND c.chat_id = $2",
        )
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .fetch_optional(self.writer())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let silent: i64 = row.try_get("silent")?;
        Ok(Some(Subscription {
            topics: Topics(row.try_get("topics")?),
            region: row.try_get("region")?,
            silent: silent != 0,
            consent_at: row.try_get("consent_at")?,
        }))
    }

    pub async fn subscriber_count(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM subscriptions")
            .fetch_one(self.reader())
            .await?;
        Ok(row.try_get("n")?)
    }
}
