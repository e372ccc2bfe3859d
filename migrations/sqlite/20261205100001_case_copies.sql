-- Copies of her messages in a mediator's private chat (issue 12). Telegram keeps them
-- there after the case ends unless the bot deletes them, and the bot can delete a message
-- only while it is under 48 hours old. So the ids of the copies (never their content) are
-- kept with the time they were made, until the copies are deleted: at the close, at
-- /forget, at her quick exit, or when the case leaves that mediator. Ids past 48 hours are
-- purged: they can no longer be deleted.
CREATE TABLE case_copies (
    mediator BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (mediator, message_id)
);
CREATE INDEX case_copies_case ON case_copies (case_id);
CREATE INDEX case_copies_sent ON case_copies (sent_at);
