-- The W3C traceparent of the span that wrote the event (null outside any trace): the relay sends it as the record's
-- traceparent header, so consumers continue the trace of the request that caused the event.
ALTER TABLE outbox_event ADD COLUMN trace_parent text;
