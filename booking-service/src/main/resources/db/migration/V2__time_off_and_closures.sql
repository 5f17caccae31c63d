-- Absences: a practitioner's time off and the clinic's closures. Slots exclude both; existing bookings are not
-- cancelled by them (the desk is told which ones conflict and calls those patients).

-- Instant ranges, because time off is "from this moment to that one" wherever the practitioner is.
-- Always '[)' with both ends given, as tstzrange(start, end) writes it, so lower/upper are the bounds.
CREATE TABLE time_off (
    id              uuid PRIMARY KEY,
    practitioner_id uuid NOT NULL REFERENCES practitioner (id),
    period          tstzrange NOT NULL
        CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
    reason          text NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX time_off_period ON time_off USING gist (practitioner_id, period);

-- Whole local days in the clinic's zone (a holiday is a calendar date, not an instant range), inclusive.
CREATE TABLE clinic_closure (
    id         uuid PRIMARY KEY,
    first_day  date NOT NULL,
    last_day   date NOT NULL,
    reason     text NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (first_day <= last_day)
);
CREATE INDEX clinic_closure_days ON clinic_closure (last_day, first_day);
