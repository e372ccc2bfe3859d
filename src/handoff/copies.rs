//! The copies of her messages in a mediator's private chat are deleted once the case no
//! longer needs them there: at the close (whoever closes it), at /forget, at her quick
//! exit, and when the case leaves that mediator. A chat keeps its messages until someone
//! deletes them, and a channel lets a bot delete one only for a while
//! ([`Messenger::deletable_seconds`]): older copies stay, and her screens say so.
//!
//! The ids are in the database (`case_copies`) until deleted, so that a restart or a failed
//! call loses none: the handoff's round deletes what is left.

use super::port::{Messenger, Undelivered};
use super::service::Handoff;
use crate::store::CaseCopy;

impl Handoff {
    /// Deletes the copies of `case` that must go (the case is closed, paused by her quick
    /// exit, or left a mediator's desk).
    pub(super) async fn delete_copies_of<M: Messenger>(&self, m: &M, case: i64) {
        let now = crate::clock::now();
        let copies = self
            .store()
            .stale_copies_of(case, now - m.deletable_seconds())
            .await;
        match copies {
            Ok(copies) => self.delete(m, &copies).await,
            Err(e) => tracing::error!(error = %e, "cannot read the copies to delete"),
        }
    }

    /// Deletes every copy left behind by a restart or a failed call.
    pub(super) async fn delete_stale_copies<M: Messenger>(&self, m: &M, now: i64) {
        let copies = self.store().stale_copies(now - m.deletable_seconds()).await;
        match copies {
            Ok(copies) => self.delete(m, &copies).await,
            Err(e) => tracing::error!(error = %e, "cannot read the copies to delete"),
        }
    }

    /// Deletes `copies` (in order of mediator), and forgets a mediator's ids once the
    /// channel took the call, or refused it for good (the copies are gone already, too
    /// old, or the mediator blocked the bot: no later try would do better). A call that
    /// failed for a passing reason is tried again at the next round.
    async fn delete<M: Messenger>(&self, m: &M, copies: &[CaseCopy]) {
        for of_one in copies.chunk_by(|a, b| a.mediator == b.mediator) {
            let mediator = of_one[0].mediator;
            let ids: Vec<i64> = of_one.iter().map(|c| c.message_id).collect();
            match m.delete(mediator, &ids).await {
                Ok(()) | Err(Undelivered::Refused(_) | Undelivered::Blocked) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "copies in a mediator's chat not deleted yet");
                    continue;
                }
            }
            if let Err(e) = self.store().forget_copies(mediator, &ids).await {
                tracing::error!(error = %e, "cannot forget deleted copies");
            }
        }
    }
}
