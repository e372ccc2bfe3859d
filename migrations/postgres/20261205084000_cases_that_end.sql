-- Cases that never end, and closed cases that kept the second (issue 12).
-- `active_at`: the day (Unix seconds at 00:00 UTC) of the case's last sign of life: its
-- opening, the claim, a message either way. A case with none for CARENET_CASE_IDLE_DAYS is
-- closed. The day only, like contacts' last_seen_at: the second would show when she wrote.
-- `contact_purged`: 1 once the retention purge erased her contact; the handoff closes the
-- case at its next round, telling her and the mediator.
-- Outcome `idle`: closed for either reason.
ALTER TABLE cases ADD COLUMN active_at BIGINT;
ALTER TABLE cases ADD COLUMN contact_purged BIGINT NOT NULL DEFAULT 0;
ALTER TABLE cases DROP CONSTRAINT cases_outcome_check;
ALTER TABLE cases ADD CONSTRAINT cases_outcome_check
    CHECK (outcome IN ('ended', 'closed', 'forgotten', 'blocked', 'idle'));
UPDATE cases SET active_at = opened_at - opened_at % 86400;

-- A closed case keeps days, not seconds: every time of it moves back by the same amount,
-- to the start of the day it opened (so the waits the figures measure stay exact), and
-- the close is rounded down to its day. (Each expression reads the row as it was.)
UPDATE cases SET
    opened_at = opened_at - opened_at % 86400,
    announced_at = announced_at - opened_at % 86400,
    claimed_at = claimed_at - opened_at % 86400,
    first_reply_at = first_reply_at - opened_at % 86400,
    joined_told_at = joined_told_at - opened_at % 86400,
    closed_at = closed_at - closed_at % 86400
WHERE closed_at IS NOT NULL;
