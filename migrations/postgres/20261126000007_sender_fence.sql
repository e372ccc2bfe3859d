-- The broadcast sender's fence (issue 6). A row in flight names the sender session that
-- claimed it: only that session renews the row's lease (`lease_until`, the moment after
-- which the session has promised not to start sending it) and records its outcome. Another
-- sender puts the row back in the queue only once that lease is over.
ALTER TABLE deliveries ADD COLUMN sender TEXT;

-- A 429's pause, shared by every process of one bot (Telegram's limits are per token):
-- no process sends before `until_ms` (Unix milliseconds).
CREATE TABLE bot_pauses (
    name TEXT PRIMARY KEY,
    until_ms BIGINT NOT NULL
);
