-- Cases that never end, and closed cases that kept the second (issue 12).
-- `active_at`: the day (Unix seconds at 00:00 UTC) of the case's last sign of life: its
-- opening, the claim, a message either way. A case with none for CARENET_CASE_IDLE_DAYS is
-- closed. The day only, like contacts' last_seen_at: the second would show when she wrote.
-- `contact_purged`: 1 once the retention purge erased her contact; the handoff closes the
-- case at its next round, telling her and the mediator.
-- Outcome `idle`: closed for either reason.
-- SQLite cannot change a CHECK constraint in place: the table is built again, with its
-- rows, ids and id sequence (an id is never given twice: old buttons carry ids).
CREATE TABLE cases_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id BIGINT,
    language TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    opened_at BIGINT NOT NULL,
    announced_at BIGINT,
    escalations BIGINT NOT NULL DEFAULT 0,
    mediator BIGINT,
    claimed_at BIGINT,
    first_reply_at BIGINT,
    closed_at BIGINT,
    outcome TEXT CHECK (outcome IN ('ended', 'closed', 'forgotten', 'blocked', 'idle')),
    rating BIGINT CHECK (rating BETWEEN 1 AND 3),
    rating_token BIGINT,
    paused_at BIGINT,
    staff_message BIGINT,
    staff_thread BIGINT,
    joined_told_at BIGINT,
    active_at BIGINT,
    contact_purged BIGINT NOT NULL DEFAULT 0
);

-- A closed case keeps days, not seconds: every time of it moves back by the same amount,
-- to the start of the day it opened (so the waits the figures measure stay exact), and
-- the close is rounded down to its day.
INSERT INTO cases_new (id, chat_id, language, region, topic, opened_at, announced_at,
    escalations, mediator, claimed_at, first_reply_at, closed_at, outcome, rating,
    rating_token, paused_at, staff_message, staff_thread, joined_told_at, active_at)
SELECT id, chat_id, language, region, topic,
    opened_at - shift, announced_at - shift, escalations, mediator, claimed_at - shift,
    first_reply_at - shift, closed_at - closed_at % 86400, outcome, rating, rating_token,
    paused_at, staff_message, staff_thread, joined_told_at - shift,
    opened_at - opened_at % 86400
FROM (
    SELECT *, CASE WHEN closed_at IS NULL THEN 0 ELSE opened_at % 86400 END AS shift
    FROM cases
);

DELETE FROM sqlite_sequence WHERE name = 'cases_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'cases_new', seq FROM sqlite_sequence
    WHERE name = 'cases';
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE UNIQUE INDEX cases_open_chat ON cases (chat_id) WHERE closed_at IS NULL;
CREATE INDEX cases_open ON cases (closed_at, mediator);
