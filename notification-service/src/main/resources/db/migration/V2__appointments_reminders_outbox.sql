-- The last applied version of each appointment: events at or below it are stale (redelivered or out of order).
CREATE TABLE appointment_state (
    appointment_id uuid PRIMARY KEY,
    version        bigint      NOT NULL,
    status         text        NOT NULL,
    start_at       timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- Reminders owed before an appointment, rebuilt from every event about it. The snapshot is the appointment as
-- the latest event described it, so a reminder can be written without asking booking-service anything.
CREATE TABLE reminder (
    id             uuid PRIMARY KEY,
    appointment_id uuid        NOT NULL,
    lead_minutes   integer     NOT NULL,
    due_at         timestamptz NOT NULL,
    start_at       timestamptz NOT NULL,
    status         text        NOT NULL CHECK (status IN ('SCHEDULED', 'FIRED', 'SUPPRESSED')),
    snapshot       text        NOT NULL,
    event_id       uuid        NOT NULL,
    version        bigint      NOT NULL,
    decided_at     timestamptz,
    reason         text
);

CREATE INDEX reminder_by_appointment ON reminder (appointment_id);
CREATE INDEX reminder_due ON reminder (due_at) WHERE status = 'SCHEDULED';

-- How each patient prefers to be told; absent means EMAIL.
CREATE TABLE patient_channel_preference (
    patient_id uuid PRIMARY KEY,
    channel    text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Delivery log additions: the calendar file sent with a message, and a version per published outcome.
ALTER TABLE notification ADD COLUMN attachment_name text;
ALTER TABLE notification ADD COLUMN attachment_type text;
ALTER TABLE notification ADD COLUMN attachment     text;
ALTER TABLE notification ADD COLUMN outcome_version bigint NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN updated_at timestamptz;
-- A staff edit's message waits in PENDING until its window closes; later edits find and rewrite it.
CREATE INDEX notification_undelivered ON notification (appointment_id) WHERE status = 'PENDING';

-- Transactional outbox for notification.delivery-events: written with the status change, relayed, then deleted.
CREATE TABLE outbox_event (
    id           bigserial PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    record_key   text        NOT NULL,
    event_type   text        NOT NULL,
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
