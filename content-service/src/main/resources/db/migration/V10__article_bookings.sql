-- Which articles bring bookings: booking-service's AppointmentBooked carries the slug of the article a patient booked
-- from (its "source"). Only that, the appointment id and two instants cross into this service: no patient data.
CREATE TABLE article_booking (
    appointment_id uuid PRIMARY KEY,
    -- As the booking page had it; an article renamed since is found through its old slugs.
    article_slug   text NOT NULL,
    booked_at      timestamptz NOT NULL,
    cancelled_at   timestamptz
);

CREATE INDEX article_booking_slug_idx ON article_booking (article_slug, booked_at);

-- The consumer side of exactly-once effects: appointment events whose effect here has committed.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX processed_event_processed_at_idx ON processed_event (processed_at);
