-- Ids (never content) of the messages of the last 48 hours, hers and ours, so that quick
-- exit can delete them: Telegram lets a bot delete private-chat messages under 48 hours.
CREATE TABLE recent_messages (
    contact_id BIGINT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    message_id BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (contact_id, message_id)
);

CREATE INDEX recent_messages_sent_at ON recent_messages (sent_at);
