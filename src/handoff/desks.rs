//! Who is in a case now: her chat → her open case, and each mediator's desk (their cases,
//! and which one their next message goes to). The database is the truth; this index
//! mirrors it so that the messages of everyone else pass with no query.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use super::Case;

/// Async locks by key, made on first use.
#[derive(Default)]
pub struct KeyedLocks(Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>);

impl KeyedLocks {
    pub fn get(&self, key: i64) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self.0.lock().unwrap_or_else(|e| e.into_inner());
        locks.entry(key).or_default().clone()
    }

    pub fn forget(&self, key: i64) {
        let mut locks = self.0.lock().unwrap_or_else(|e| e.into_inner());
        locks.remove(&key);
    }
}

/// Who is in a case now, mirrored from the database.
#[derive(Default)]
pub struct Index {
    /// Her chat id → her open case.
    pub women: HashMap<i64, Her>,
    /// Mediators with open cases.
    pub desks: HashMap<i64, Desk>,
}

#[derive(Debug, Clone, Copy)]
pub struct Her {
    pub case: i64,
    /// Once claimed.
    pub mediator: Option<i64>,
    /// She used quick exit: nothing is sent to her until she writes again.
    pub paused: bool,
    /// She was told that her messages past `MAX_HELD` are not passed on.
    pub told_held_full: bool,
}

impl Index {
    /// Her chat, for a case of `mediator`.
    pub fn chat_of(&self, case: i64) -> Option<(i64, Her)> {
        self.women
            .iter()
            .find(|(_, her)| her.case == case)
            .map(|(chat, her)| (*chat, *her))
    }

    /// A case leaves a mediator's desk (closed or released).
    pub fn leave_desk(&mut self, mediator: i64, case: i64) {
        if let Some(desk) = self.desks.get_mut(&mediator) {
            desk.cases.remove(&case);
            if desk.active == Some(case) {
                desk.active = None;
            }
            if desk.shown == Some(case) {
                desk.shown = None;
            }
            if desk.cases.is_empty() {
                self.desks.remove(&mediator);
            }
        }
    }
}

/// One mediator's cases, and where their messages go.
#[derive(Default)]
pub struct Desk {
    pub cases: BTreeSet<i64>,
    /// The case they last chose or wrote to.
    pub active: Option<i64>,
    /// The case of the last message shown in their chat (a copy of hers, a line naming
    /// the case, the case's first message).
    pub shown: Option<i64>,
}

impl Desk {
    /// The case a message that replies to nothing goes to: the case of the last message
    /// shown in their chat, when it is also the one they last chose or wrote to (or their
    /// only case). Otherwise they are asked: a message meant for one woman must never
    /// reach another.
    pub fn target(&self) -> Option<i64> {
        self.shown.filter(|shown| {
            self.cases.contains(shown) && (self.active == Some(*shown) || self.cases.len() == 1)
        })
    }
}

impl Index {
    /// The index of the open cases `cases` (at start: a restart changes nothing for
    /// anyone in a chat).
    pub fn of_open_cases(cases: &[Case]) -> Index {
        let mut index = Index::default();
        for case in cases {
            if let Some(chat) = case.chat_id {
                let her = Her {
                    case: case.id,
                    mediator: case.mediator,
                    paused: case.paused,
                    told_held_full: false,
                };
                index.women.insert(chat, her);
            }
            if let Some(mediator) = case.mediator {
                index
                    .desks
                    .entry(mediator)
                    .or_default()
                    .cases
                    .insert(case.id);
            }
        }
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desk(cases: &[i64], active: Option<i64>, shown: Option<i64>) -> Desk {
        Desk {
            cases: cases.iter().copied().collect(),
            active,
            shown,
        }
    }

    #[test]
    fn a_message_goes_to_a_case_only_when_that_is_clear() {
        // One case: the one shown.
        assert_eq!(desk(&[1], None, Some(1)).target(), Some(1));
        // Two cases: the one shown only if it is also the one they chose or wrote to.
        assert_eq!(desk(&[1, 2], Some(2), Some(2)).target(), Some(2));
        assert_eq!(desk(&[1, 2], Some(1), Some(2)).target(), None);
        assert_eq!(desk(&[1, 2], None, Some(2)).target(), None);
        // Nothing shown, or a case no longer theirs: ask.
        assert_eq!(desk(&[1], Some(1), None).target(), None);
        assert_eq!(desk(&[1], Some(3), Some(3)).target(), None);
    }

    #[test]
    fn leaving_a_desk_forgets_the_case_everywhere_and_the_empty_desk() {
        let mut index = Index::default();
        index.desks.insert(7, desk(&[1, 2], Some(1), Some(1)));
        index.leave_desk(7, 1);
        let left = &index.desks[&7];
        assert_eq!((left.active, left.shown), (None, None));
        assert_eq!(left.cases.iter().copied().collect::<Vec<_>>(), [2]);
        index.leave_desk(7, 2);
        assert!(index.desks.is_empty());
    }
}
