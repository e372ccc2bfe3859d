-- HSDS's service status (active, inactive, defunct, temporarily closed): a service that
-- is not active is kept (and exported with its status) but not shown to women.
ALTER TABLE directory_services ADD COLUMN status TEXT;
