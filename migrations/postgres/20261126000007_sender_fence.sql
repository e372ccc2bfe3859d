-- The broadcast sender's fence (issue 6). Each take of the sender lock is a session with a
-- lease: the moment after which the session has promised to start no call and to have
-- dropped every call in progress. A row in flight names the session that claimed it;
-- another sender puts the row back in the queue only once that session's lease is over.
-- (The column `deliveries.lease_until` of the first version is no longer used.)
ALTER TABLE deliveries ADD COLUMN sender TEXT;

CREATE TABLE sender_sessions (
    session TEXT PRIMARY KEY,
    lease_until BIGINT NOT NULL
);

-- A 429's pause, shared by every process of one bot (Telegram's limits are per token):
-- no process sends before `until_ms` (Unix milliseconds).
CREATE TABLE bot_pauses (
    name TEXT PRIMARY KEY,
    until_ms BIGINT NOT NULL
);
