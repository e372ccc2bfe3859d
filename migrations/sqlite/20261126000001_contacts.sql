-- Contacts: the minimum needed to talk to someone again (see DESIGN.md, safety).
-- Times are Unix seconds. last_seen_at and consent_at are rounded down to the day: purging
-- and proof of consent need no more, and exact times would show when she writes.
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    chat_id BIGINT NOT NULL,
    language TEXT,
    region TEXT,
    consent_at BIGINT,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    UNIQUE (channel, chat_id)
);

-- Where each contact is in the conversation, so a restart resumes her where she was.
CREATE TABLE conversations (
    contact_id BIGINT PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    node TEXT NOT NULL,
    history TEXT NOT NULL DEFAULT ''
);

CREATE INDEX contacts_last_seen ON contacts (last_seen_at);
