-- Scheduling core. Instants are timestamptz; working hours are local wall-clock times in the clinic's zone.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE practitioner (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    credentials text NOT NULL DEFAULT '',
    title       text NOT NULL DEFAULT '',
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE appointment_type (
    id               uuid PRIMARY KEY,
    name             text NOT NULL,
    description      text NOT NULL DEFAULT '',
    duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    buffer_minutes   int NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 120),
    online_bookable  boolean NOT NULL DEFAULT true,
    sort_order       int NOT NULL DEFAULT 0
);

CREATE TABLE practitioner_appointment_type (
    practitioner_id     uuid NOT NULL REFERENCES practitioner (id),
    appointment_type_id uuid NOT NULL REFERENCES appointment_type (id),
    PRIMARY KEY (practitioner_id, appointment_type_id)
);

-- ISO day of week, 1 = Monday. Several rows a day express breaks (e.g. 08:00-12:00 and 13:00-17:00).
CREATE TABLE working_hours (
    practitioner_id uuid NOT NULL REFERENCES practitioner (id),
    day_of_week     smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time      time NOT NULL,
    end_time        time NOT NULL,
    CHECK (start_time < end_time),
    PRIMARY KEY (practitioner_id, day_of_week, start_time)
);

CREATE TABLE patient (
    id         uuid PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    email      text,
    phone      text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- One patient per email address: online bookings with the same email land on the same record.
CREATE UNIQUE INDEX patient_email_unique ON patient (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX patient_phone ON patient (phone) WHERE phone IS NOT NULL;

CREATE TABLE appointment (
    id                  uuid PRIMARY KEY,
    reference           char(8) NOT NULL UNIQUE,
    practitioner_id     uuid NOT NULL REFERENCES practitioner (id),
    appointment_type_id uuid NOT NULL REFERENCES appointment_type (id),
    patient_id          uuid NOT NULL REFERENCES patient (id),
    start_at            timestamptz NOT NULL,
    end_at              timestamptz NOT NULL,
    -- The time the practitioner is taken: the visit plus the type's buffer after it.
    occupied            tstzrange NOT NULL,
    status              text NOT NULL CHECK (status IN ('BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')),
    channel             text NOT NULL CHECK (channel IN ('ONLINE', 'PHONE')),
    notes               text,
    source              text,
    manage_token_hash   bytea NOT NULL,
    version             bigint NOT NULL DEFAULT 1,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (start_at < end_at),
    CHECK (lower(occupied) = start_at AND upper(occupied) >= end_at),
    -- The last line against double booking: no two active appointments of one practitioner overlap,
    -- whatever their durations and buffers, however many requests race. Violations raise SQLState 23P01.
    CONSTRAINT appointment_no_overlap EXCLUDE USING gist (practitioner_id WITH =, occupied WITH &&)
        WHERE (status IN ('BOOKED', 'ARRIVED', 'COMPLETED'))
);
CREATE INDEX appointment_patient ON appointment (patient_id);
CREATE INDEX appointment_start ON appointment (start_at);

-- Transactional outbox: written in the same transaction as the change, relayed to Kafka, then deleted.
CREATE TABLE outbox_event (
    id           bigserial PRIMARY KEY,
    event_id     uuid NOT NULL UNIQUE,
    topic        text NOT NULL,
    aggregate_id uuid NOT NULL,
    event_type   text NOT NULL,
    payload      text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
