-- When she was told that a mediator joined her case (issue 5). A case claimed and never
-- told (the process stopped between the claim and the hand-over) is told at the
-- handoff's next round; a case put back in line is told again by whoever takes it.
ALTER TABLE cases ADD COLUMN joined_told_at BIGINT;
-- Cases claimed before this column existed were told at the time.
UPDATE cases SET joined_told_at = claimed_at WHERE claimed_at IS NOT NULL;
