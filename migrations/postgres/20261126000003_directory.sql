-- The service directory, after Open Referral HSDS 3 (see src/directory/schema.rs, which
-- describes the same tables for import, export and validation). Services, never people.
-- Ids are the publisher's own (text), so that re-importing a directory updates its rows.
-- Rows that belong to a service (phones, hours, languages, …) are replaced with it.

CREATE TABLE directory_organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    email TEXT,
    website TEXT,
    source TEXT,
    example BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE directory_services (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    url TEXT,
    email TEXT,
    category TEXT NOT NULL,
    free BIGINT NOT NULL DEFAULT 0,
    source TEXT,
    example BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE directory_locations (
    id TEXT PRIMARY KEY,
    organization_id TEXT,
    name TEXT,
    description TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION
);

CREATE TABLE directory_addresses (
    id TEXT PRIMARY KEY,
    location_id TEXT NOT NULL,
    address_1 TEXT,
    city TEXT,
    state_province TEXT,
    postal_code TEXT,
    country TEXT
);

CREATE INDEX directory_addresses_location_id ON directory_addresses (location_id);

CREATE TABLE directory_service_at_location (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL,
    location_id TEXT NOT NULL
);

CREATE INDEX directory_service_at_location_service_id ON directory_service_at_location (service_id);

CREATE TABLE directory_phones (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL,
    location_id TEXT,
    number TEXT NOT NULL,
    description TEXT
);

CREATE INDEX directory_phones_service_id ON directory_phones (service_id);

CREATE TABLE directory_schedules (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL,
    location_id TEXT,
    byday TEXT NOT NULL,
    opens_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    timezone TEXT NOT NULL,
    description TEXT
);

CREATE INDEX directory_schedules_service_id ON directory_schedules (service_id);

CREATE TABLE directory_languages (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL,
    name TEXT,
    code TEXT NOT NULL,
    note TEXT
);

CREATE INDEX directory_languages_service_id ON directory_languages (service_id);

CREATE TABLE directory_service_areas (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL,
    name TEXT,
    country TEXT NOT NULL
);

CREATE INDEX directory_service_areas_service_id ON directory_service_areas (service_id);

CREATE TABLE directory_translations (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT
);

CREATE INDEX directory_translations_service_id ON directory_translations (service_id);

-- One row: the directory's version, raised by every import in the same transaction, so
-- that a running bot notices new data with one cheap query and reloads.
CREATE TABLE directory_meta (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

INSERT INTO directory_meta (id, version, updated_at) VALUES (1, 0, 0);
