-- Staff: the people who work with the bot (issues 5 and 6), by their Telegram user id.
-- Beneficiaries are never in this table. Roles: admin (manages staff), mediator (takes
-- handoffs, in the languages listed), organiser (sessions and broadcasts).
CREATE TABLE staff (
    user_id BIGINT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('admin', 'mediator', 'organiser')),
    -- ISO 639-1 codes, comma-separated: the languages a mediator works in.
    languages TEXT NOT NULL DEFAULT '',
    added_at BIGINT NOT NULL
);
