-- Ids (never content) of the messages of the last 48 hours in a chat, hers and ours, so
-- that quick exit can delete them: Telegram lets a bot delete private-chat messages for
-- 48 hours. Keyed by chat, not by contact, so that "No, keep nothing" and /forget can
-- still clear her screen; rows older than 48 hours are purged every hour.
CREATE TABLE recent_messages (
    channel TEXT NOT NULL,
    chat_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (channel, chat_id, message_id)
);

CREATE INDEX recent_messages_sent_at ON recent_messages (sent_at);
