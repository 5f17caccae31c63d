-- W3C traceparents (null outside any trace). outbox_event: the span that wrote the delivery event; the relay sends it
-- as the record's traceparent header. notification: the span that queued the message (the appointment event's
-- consumer); the dispatcher sends the message in a span of that trace, however much later it goes out.
ALTER TABLE outbox_event ADD COLUMN trace_parent text;
ALTER TABLE notification ADD COLUMN trace_parent text;
