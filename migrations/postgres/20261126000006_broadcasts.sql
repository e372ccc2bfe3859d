-- Awareness sessions, subscriptions and broadcasts (issue 6).
-- Times of the delivery queue are Unix milliseconds (rates and retries need them); the
-- others are Unix seconds. Flags are 0/1 integers, the same on both backends.

-- She asked for invitations: the topics she chose (a bit each, see broadcast::Topic),
-- her region, silent delivery, and when she agreed to what is kept for this.
CREATE TABLE subscriptions (
    contact_id BIGINT PRIMARY KEY,
    topics BIGINT NOT NULL,
    region TEXT NOT NULL,
    silent BIGINT NOT NULL DEFAULT 0,
    consent_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    starts_at BIGINT NOT NULL,
    timezone TEXT NOT NULL,
    place TEXT NOT NULL,
    -- ISO 639-1 codes spoken at the session, comma-separated.
    languages TEXT NOT NULL,
    topic TEXT NOT NULL,
    region TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX sessions_upcoming ON sessions (region, starts_at);

CREATE TABLE session_texts (
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (session_id, language)
);

-- One announcement (kind 'announcement') or the reminders of one session (kind
-- 'reminder'). State: active (scheduled or sending), done, cancelled.
CREATE TABLE broadcasts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key TEXT UNIQUE,
    kind TEXT NOT NULL DEFAULT 'announcement',
    session_id BIGINT,
    state TEXT NOT NULL DEFAULT 'active',
    -- What the organiser chose, in words, for status lists.
    audience TEXT NOT NULL DEFAULT '',
    scheduled_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT,
    -- The organiser's message that shows progress (Telegram chat and message id).
    progress_chat BIGINT,
    progress_message BIGINT,
    -- Rows found in flight ('sending') after a crash: each may have been sent twice.
    in_flight_recovered BIGINT NOT NULL DEFAULT 0,
    -- 1 once the final summary is in the progress message.
    summary_shown BIGINT NOT NULL DEFAULT 0,
    finished_at BIGINT
);

CREATE UNIQUE INDEX broadcasts_session_reminder ON broadcasts (session_id, kind);

CREATE TABLE broadcast_texts (
    broadcast_id BIGINT NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (broadcast_id, language)
);

-- The durable queue: one row per (broadcast, contact). pending → sending (attempted_at,
-- lease_until) → sent | blocked | failed; also cancelled (the broadcast was) and dropped
-- (she unsubscribed or was forgotten before her turn). Once she is forgotten the row
-- keeps only its outcome: contact_id and chat_id become NULL.
CREATE TABLE deliveries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    broadcast_id BIGINT NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    contact_id BIGINT,
    chat_id BIGINT,
    language TEXT NOT NULL,
    silent BIGINT NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    attempted_at BIGINT,
    lease_until BIGINT,
    finished_at BIGINT,
    last_error TEXT,
    UNIQUE (broadcast_id, contact_id)
);

CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
CREATE INDEX deliveries_contact ON deliveries (contact_id);
CREATE INDEX deliveries_broadcast ON deliveries (broadcast_id, state);

-- An organiser's broadcast being written in the bot (/broadcast), in the format of
-- `carenet broadcast create` files (TOML), until sent or discarded.
CREATE TABLE broadcast_drafts (
    user_id BIGINT PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- One sender per bot token on SQLite: a lease row (PostgreSQL uses an advisory lock).
CREATE TABLE sender_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Forgetting her (/forget, blocking the bot, the retention purge) erases her
-- subscription and leaves only outcomes in the queue. A row in flight keeps its state: the
-- call's outcome is recorded when it returns (and it is never sent again).
CREATE FUNCTION contacts_forget_broadcasts() RETURNS trigger AS $$
BEGIN
    DELETE FROM subscriptions WHERE contact_id = old.id;
    UPDATE deliveries
    SET state = CASE WHEN state = 'pending' THEN 'dropped' ELSE state END,
        contact_id = NULL,
        chat_id = NULL
    WHERE contact_id = old.id;
    RETURN old;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER contacts_forget_broadcasts AFTER DELETE ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_forget_broadcasts();
