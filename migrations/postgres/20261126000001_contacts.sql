-- Contacts: the minimum needed to talk to someone again (see DESIGN.md, safety), and where
-- she is in the conversation, so that a restart resumes her where she was. One row per
-- contact: a conversation step is one statement.
-- Times are Unix seconds, rounded down to the day: purging and proof of consent need no
-- more, and exact times would show when she writes.
CREATE TABLE contacts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel TEXT NOT NULL,
    chat_id BIGINT NOT NULL,
    language TEXT,
    region TEXT,
    consent_at BIGINT,
    -- The node on screen and the nodes "Back" returns to, space-separated.
    node TEXT NOT NULL DEFAULT '',
    history TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    UNIQUE (channel, chat_id)
);

CREATE INDEX contacts_last_seen ON contacts (last_seen_at);
