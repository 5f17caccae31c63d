-- The outbox and its relay are shared by the services (service-platform): the record key is text there.
ALTER TABLE outbox_event RENAME COLUMN aggregate_id TO record_key;
ALTER TABLE outbox_event ALTER COLUMN record_key TYPE text USING record_key::text;
