-- The same table as the consuming services' migrations (booking V9, notification V4) create.
-- Records this service's consumers could never process (unreadable), kept for an operator to see and replay
-- (service-platform org.clinic.platform.messaging; docs/operations.md). Failures that may pass (database or broker
-- away) are retried, never stored here. Key and value are the record as received and may hold personal data: the
-- retention job deletes a row CLINIC_RETENTION_DEADLETTERS (30 days) after it was first seen.
CREATE TABLE dead_letter (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic         text        NOT NULL,
    partition     integer     NOT NULL,
    "offset"      bigint      NOT NULL,
    record_key    text,
    record_value  text,
    -- The record's own headers, for the replay: [{"name": ..., "value": base64 or null}].
    headers       jsonb       NOT NULL DEFAULT '[]',
    -- An exception type and our own words, never the record's content.
    reason        text        NOT NULL,
    first_seen_at timestamptz NOT NULL,
    replayed_at   timestamptz,
    replayed_by   text,
    -- A retried dead-lettering stores the same record once.
    CONSTRAINT dead_letter_once UNIQUE (topic, partition, "offset")
);
CREATE INDEX dead_letter_by_age ON dead_letter (first_seen_at);
