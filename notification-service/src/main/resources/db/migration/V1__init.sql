-- Consumer idempotence: a row per event whose effect has been committed, written in the same transaction.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);

-- The delivery log: one row per message we owe a patient, and what became of it.
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    appointment_id  uuid        NOT NULL,
    event_id        uuid        NOT NULL,
    kind            text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    recipient       text,
    subject         text,
    body_text       text,
    body_html       text,
    attempts        integer     NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
);

CREATE INDEX notification_by_appointment ON notification (appointment_id, created_at);
-- The dispatcher only ever looks for due pending rows; keep that lookup small as the log grows.
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
