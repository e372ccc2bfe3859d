-- Handoff to a person (issue 5). A case is one request to talk to a mediator.
-- While it is open, `chat_id` is the only link to her (needed to relay); it is set to NULL
-- when the case closes, and what stays (times, language, region, topic, outcome, rating)
-- is anonymous metadata for the organisers' figures, purged after a configured period.
-- Message content is never stored: only the ids Telegram needs to copy a message.
CREATE TABLE cases (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chat_id BIGINT,
    language TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    opened_at BIGINT NOT NULL,
    -- Last announcement to staff, and how many times it was escalated since.
    announced_at BIGINT,
    escalations BIGINT NOT NULL DEFAULT 0,
    -- The staff member (Telegram user id) who claimed it.
    mediator BIGINT,
    claimed_at BIGINT,
    first_reply_at BIGINT,
    closed_at BIGINT,
    outcome TEXT CHECK (outcome IN ('ended', 'closed', 'forgotten', 'blocked')),
    rating BIGINT CHECK (rating BETWEEN 1 AND 3),
    -- A random number given to her rating buttons at the close, so that nobody else can
    -- rate her chat; cleared once used.
    rating_token BIGINT,
    -- She used quick exit during the chat: the mediator's messages wait until she writes.
    paused_at BIGINT,
    -- The announcement in the staff group, and the forum topic of the case, if any.
    staff_message BIGINT,
    staff_thread BIGINT
);
-- One open case per woman.
CREATE UNIQUE INDEX cases_open_chat ON cases (chat_id) WHERE closed_at IS NULL;
CREATE INDEX cases_open ON cases (closed_at, mediator);

-- Messages waiting to be copied (ids only): hers written before a mediator claimed the
-- case (or that could not be copied yet), and the mediator's written after her quick exit.
CREATE TABLE case_pending (
    case_id BIGINT NOT NULL,
    sender TEXT NOT NULL CHECK (sender IN ('her', 'mediator')),
    message_id BIGINT NOT NULL,
    PRIMARY KEY (case_id, sender, message_id)
);

-- Messages in a mediator's private chat that belong to a case (the copies of hers and the
-- mediator's own), so that a reply reaches the right woman.
CREATE TABLE case_messages (
    mediator BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    PRIMARY KEY (mediator, message_id)
);
CREATE INDEX case_messages_case ON case_messages (case_id);
