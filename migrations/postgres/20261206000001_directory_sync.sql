-- Keeping the directory current (`CARENET_DIRECTORY_SOURCES`): where each service was
-- imported from (`origin`: the file or URL of the import, not its `source` citation),
-- when it was last confirmed (Unix seconds: the import that brought it), and when it
-- left its origin (`retired_at`: not shown to women, kept for the export).
ALTER TABLE directory_services ADD COLUMN origin TEXT;
ALTER TABLE directory_services ADD COLUMN confirmed_at BIGINT;
ALTER TABLE directory_services ADD COLUMN retired_at BIGINT;
