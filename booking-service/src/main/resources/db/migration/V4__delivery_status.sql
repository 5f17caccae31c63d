-- What notification-service told us about the messages it owed each appointment's patient (topic
-- notification.delivery-events): the latest outcome per appointment and kind, for the front desk's schedule view.
-- No foreign key to appointment: these are another service's facts, and may arrive in any order relative to ours.
CREATE TABLE appointment_delivery (
    appointment_id  uuid        NOT NULL,
    kind            text        NOT NULL,
    status          text        NOT NULL,
    channel         text        NOT NULL,
    notification_id uuid        NOT NULL,
    reason          text,
    occurred_at     timestamptz NOT NULL,
    PRIMARY KEY (appointment_id, kind)
);

-- Consumer idempotence for that topic: an event's effect and its mark commit together.
CREATE TABLE delivery_event_processed (
    event_id     uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);
