-- Files keep their metadata (a photo sent as a file keeps where and when it was taken).
-- Her first file in a case is not passed on: she is told why, and a file she sends after
-- that warning is (issue 12). 1 once she was warned; a flag, not a time, so that a closed
-- case keeps no extra moment of her chat.
ALTER TABLE cases ADD COLUMN document_warned BIGINT NOT NULL DEFAULT 0;
