-- Transactional outbox for content.article-events (service-platform's Outbox and OutboxRelay): written in the
-- transaction that publishes, changes or unpublishes an article, relayed to Kafka, then deleted. The same shape as
-- booking-service's table after its V1, V5 and V10.
CREATE TABLE outbox_event (
    id          bigserial PRIMARY KEY,
    event_id    uuid NOT NULL UNIQUE,
    topic       text NOT NULL,
    record_key  text NOT NULL,
    event_type  text NOT NULL,
    payload     text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    -- The W3C traceparent of the span that wrote the event (null outside any trace): the relay sends it as the
    -- record's traceparent header.
    trace_parent text
);
