-- Front desk search: patients are found by name prefix, email or phone while a caller waits.
CREATE INDEX patient_last_name_prefix ON patient (lower(last_name) text_pattern_ops);
CREATE INDEX patient_first_name_prefix ON patient (lower(first_name) text_pattern_ops);

-- Who changed what, when, through which channel. Written in the same transaction as the change.
CREATE TABLE appointment_audit (
    id             bigserial PRIMARY KEY,
    appointment_id uuid NOT NULL REFERENCES appointment (id),
    at             timestamptz NOT NULL DEFAULT now(),
    actor_type     text NOT NULL CHECK (actor_type IN ('PATIENT', 'STAFF')),
    actor          text NOT NULL,
    channel        text NOT NULL,
    action         text NOT NULL,
    before_state   jsonb,
    after_state    jsonb NOT NULL
);
CREATE INDEX appointment_audit_appointment ON appointment_audit (appointment_id, id);

-- Idempotency-Key replay store. Keys and request bodies are kept as hashes; the first response (which holds the
-- manage token) is encrypted with a key derived from the Idempotency-Key itself, so only its holder can read it.
CREATE TABLE idempotency_key (
    key_hash        bytea PRIMARY KEY,
    scope           text NOT NULL,
    request_hash    bytea NOT NULL,
    appointment_id  uuid REFERENCES appointment (id),
    response_status int,
    response_sealed bytea,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);

-- The contact details as given for this appointment. Patients are deduplicated by email or phone, but what someone
-- typed into the public form must not reveal (or rename) the stored patient: the appointment keeps its own copy,
-- and everything patient-facing (responses, emails) uses it.
ALTER TABLE appointment
    ADD COLUMN contact_first_name text,
    ADD COLUMN contact_last_name  text,
    ADD COLUMN contact_email      text,
    ADD COLUMN contact_phone      text;
