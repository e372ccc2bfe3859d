//! Messages that wait for the other side: hers before a claim (or when a copy to the
//! mediator failed), the mediator's while she is away after a quick exit. They are passed
//! on in a task of their own, one at a time at the receiving chat's pace, taking the
//! case's lock for one copy only: her quick exit, /forget or a close never waits for the
//! rest, and the passing stops as soon as she pauses or leaves the case.
//!
//! While a passing is under way, new messages of the same side are held behind it, so
//! that she and the mediator read everything in the order it was written. Only one passing
//! runs per case, mediator and side: the handoff's round, a restart's unfinished hand-over
//! and a claim never start a second one.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use super::Case;
use super::port::{Messenger, Status, Undelivered};
use super::service::Handoff;
use crate::engine::HandoffNotice;
use crate::store::Sender;

/// Whose held messages of which case are being passed to whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Passing {
    pub case: i64,
    pub mediator: i64,
    pub from: Sender,
}

/// The passings under way.
#[derive(Default)]
pub(super) struct Passings(Arc<Mutex<HashSet<Passing>>>);

impl Passings {
    /// Marks `passing` as under way; `None` when it already is.
    pub(super) fn start(&self, passing: Passing) -> Option<UnderWay> {
        let mut under_way = self.lock();
        under_way.insert(passing).then(|| UnderWay {
            passings: Arc::clone(&self.0),
            passing,
        })
    }

    pub(super) fn contains(&self, passing: Passing) -> bool {
        self.lock().contains(&passing)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashSet<Passing>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A passing under way, until dropped (also when its task ends early or panics).
pub(super) struct UnderWay {
    passings: Arc<Mutex<HashSet<Passing>>>,
    passing: Passing,
}

impl Drop for UnderWay {
    fn drop(&mut self) {
        let mut under_way = self.passings.lock().unwrap_or_else(|e| e.into_inner());
        under_way.remove(&self.passing);
    }
}

impl Handoff {
    /// Whether `from`'s held messages of `case` are being passed on to the other side: a
    /// new message of theirs waits behind them.
    pub(super) fn passing(&self, case: i64, mediator: i64, from: Sender) -> bool {
        self.passings.contains(Passing {
            case,
            mediator,
            from,
        })
    }

    /// Passes on, in a task of its own, what waits for the other side (see the module's
    /// notes); once hers are all with the mediator, she is told that someone is there
    /// (once) and, with `claimed`, the staff group sees who took the case.
    pub(super) fn pass_held<M: Messenger>(
        self: &Arc<Self>,
        m: &Arc<M>,
        case: Case,
        under_way: UnderWay,
        claimed: bool,
    ) {
        let handoff = Arc::clone(self);
        let m = Arc::clone(m);
        tokio::spawn(async move {
            let passing = under_way.passing;
            handoff.pass_all(m.as_ref(), &case, under_way).await;
            if claimed {
                let taken = Status::Taken {
                    mediator: passing.mediator,
                };
                m.post_status(&case, taken).await;
            }
        });
    }

    /// [`pass_held`](Self::pass_held) from the current task.
    async fn pass_all<M: Messenger>(&self, m: &M, case: &Case, under_way: UnderWay) {
        let Passing { mediator, from, .. } = under_way.passing;
        let Some(chat) = case.chat_id else {
            return;
        };
        let store = self.store();
        let lock = self.case_locks.get(case.id);
        // She paused, left the case, or it went to someone else: the rest waits.
        let here = || {
            self.index().women.get(&chat).is_some_and(|her| {
                her.case == case.id && her.mediator == Some(mediator) && !her.paused
            })
        };
        let _guard = loop {
            let guard = lock.lock().await;
            if !here() {
                return;
            }
            let next = store.held_messages(case.id, from).await.unwrap_or_default();
            let Some(&id) = next.first() else {
                break guard;
            };
            let copied = match from {
                Sender::Her => self.copy_to_mediator(m, case, chat, mediator, id).await,
                Sender::Mediator => self.copy_to_her(m, chat, case.id, mediator, id).await,
            };
            // Her quick exit and a release do not wait for this case's lock: a copy on its
            // way meanwhile may have missed its deletion (deleted now), and the message
            // stays held for whoever has the case when she is back.
            if !here() {
                self.delete_copies_of(m, case.id).await;
                return;
            }
            match copied {
                // Deleted meanwhile, or of a kind that cannot be copied: skipped.
                Ok(()) | Err(Undelivered::Refused(_)) => {
                    let _ = store.release_held(case.id, from, id).await;
                }
                Err(e) => {
                    // Kept: the handoff's round tries again (and tells her then).
                    tracing::warn!(error = %e, "held messages not all passed on yet");
                    drop(under_way);
                    return;
                }
            }
        };
        // Only once all hers are with the mediator, and only while she is here: a notice
        // must never land in a chat she has just cleared.
        if from == Sender::Her && here() && store.joined_untold(case.id).await.unwrap_or(false) {
            self.tell_her(m, chat, HandoffNotice::Joined).await;
            let now = crate::clock::now();
            if let Err(e) = store.joined_told(case.id, now).await {
                tracing::warn!(error = %e, "cannot note that she was told a mediator joined");
            }
        }
        // Still under the case's lock: a message that waited for it sees the passing over
        // and goes straight on, after the held ones.
        drop(under_way);
    }

    /// The handoff's round: passes on what a failed copy, a quick exit or a restart left
    /// held in a case that has its mediator, unless a passing of it is under way.
    pub(super) async fn retry_held<M: Messenger>(self: &Arc<Self>, m: &Arc<M>) {
        let claimed: Vec<(i64, i64, bool)> = self
            .index()
            .women
            .values()
            .filter_map(|her| her.mediator.map(|m| (her.case, m, her.paused)))
            .collect();
        let store = self.store();
        for (case_id, mediator, paused) in claimed {
            // While she is away, the mediator's messages wait for her.
            let sides: &[Sender] = match paused {
                true => &[],
                false => &[Sender::Her, Sender::Mediator],
            };
            for &from in sides {
                let waiting = store.held_messages(case_id, from).await.unwrap_or_default();
                if waiting.is_empty() {
                    continue;
                }
                let passing = Passing {
                    case: case_id,
                    mediator,
                    from,
                };
                let Some(under_way) = self.passings.start(passing) else {
                    continue;
                };
                if let Ok(Some(case)) = store.case(case_id).await
                    && case.is_open()
                {
                    self.pass_held(m, case, under_way, false);
                }
            }
        }
    }
}
