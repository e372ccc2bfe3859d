//! Joins the engine and the store: load her state, let the engine answer, keep the new
//! state (or erase it). Channels call this and carry out the effects.

use crate::engine::{Engine, Inbound, Outbound};
use crate::store::{ContactKey, Store, StoreError, day_of};

#[derive(Clone)]
pub struct Conversations {
    engine: Engine,
    store: Store,
}

impl Conversations {
    pub fn new(engine: Engine, store: Store) -> Self {
        Conversations { engine, store }
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Handles one event of one contact. Events of one contact must be handled one at a
    /// time (channels keep them in order); different contacts may run in parallel.
    #[tracing::instrument(skip_all, fields(channel = ?key.channel))]
    pub async fn handle(
        &self,
        key: ContactKey,
        input: Inbound,
        now: i64,
    ) -> Result<Vec<Outbound>, StoreError> {
        let saved = self.store.load_conversation(key).await?;
        let before = saved.as_ref().map(|s| &s.conversation);
        let step = self.engine.handle_at(before, input, now);
        match &step.state {
            None => {
                self.store.forget(key).await?;
            }
            // Nothing changed and she was already seen today: no write needed.
            Some(after)
                if Some(after) == before
                    && saved
                        .as_ref()
                        .is_some_and(|s| s.last_seen_day == day_of(now)) => {}
            Some(after) => self.store.save_conversation(key, after, now).await?,
        }
        Ok(step.effects)
    }
}
