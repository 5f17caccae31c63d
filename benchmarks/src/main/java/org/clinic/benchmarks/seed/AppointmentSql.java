package org.clinic.benchmarks.seed;

/** The one statement that writes all seeded appointments; {@code %1$d} is the block length in minutes. */
final class AppointmentSql {

    /**
     * Parameters: first day, number of days after it, zone, future fill, past fill, how many, patients.
     * Candidates are the blocks of every working interval on every day; a random share is kept (dense in the past,
     * sparse ahead), future ones first and then the most recent past, up to the count. Each patient comes back
     * for several visits.
     */
    static final String INSERT = """
            WITH types AS (
                SELECT array_agg(id ORDER BY sort_order, id) AS ids,
                       array_agg(duration_minutes ORDER BY sort_order, id) AS durations,
                       array_agg(buffer_minutes ORDER BY sort_order, id) AS buffers,
                       count(*)::int AS type_count
                FROM appointment_type),
            settings AS (SELECT ?::date AS first_day, ?::int AS days, ?::text AS zone,
                                ?::float8 AS future_fill, ?::float8 AS past_fill, ?::int AS wanted, ?::int AS patients),
            candidate AS (
                SELECT wh.practitioner_id,
                       ((s.first_day + i) + wh.start_time + make_interval(mins => k * %1$d)) AT TIME ZONE s.zone
                           AS start_at
                FROM settings s
                CROSS JOIN generate_series(0, s.days) AS i
                JOIN working_hours wh ON wh.day_of_week = extract(isodow FROM s.first_day + i)
                JOIN practitioner p ON p.id = wh.practitioner_id AND p.active
                CROSS JOIN LATERAL generate_series(0,
                    ((extract(epoch FROM wh.end_time - wh.start_time) / 60)::int - %1$d) / %1$d) AS k),
            kept AS (
                SELECT c.practitioner_id, c.start_at, random() AS r, random() AS r2,
                       row_number() OVER (ORDER BY c.start_at >= now() DESC, c.start_at DESC, c.practitioner_id) AS n
                FROM candidate c, settings s
                WHERE random() < CASE WHEN c.start_at >= now() THEN s.future_fill ELSE s.past_fill END),
            picked AS (
                SELECT k.*, 1 + floor(k.r2 * t.type_count)::int AS ti, t.ids, t.durations, t.buffers, s.patients
                FROM kept k, types t, settings s
                WHERE k.n <= s.wanted)
            INSERT INTO appointment (id, reference, practitioner_id, appointment_type_id, patient_id, start_at,
                end_at, occupied, status, channel, manage_token_hash, version, created_at, updated_at)
            SELECT md5('bench-appointment-' || n)::uuid, 'X0' || lpad(n::text, 6, '0'), practitioner_id, ids[ti],
                   md5('bench-patient-' || (1 + (n * 7919) %% patients))::uuid,
                   start_at, start_at + make_interval(mins => durations[ti]),
                   tstzrange(start_at, start_at + make_interval(mins => durations[ti] + buffers[ti]), '[)'),
                   CASE WHEN start_at >= now() THEN CASE WHEN r < 0.05 THEN 'CANCELLED' ELSE 'BOOKED' END
                        WHEN r < 0.07 THEN 'CANCELLED' WHEN r < 0.12 THEN 'NO_SHOW' ELSE 'COMPLETED' END,
                   CASE WHEN n %% 5 < 3 THEN 'ONLINE' ELSE 'PHONE' END,
                   sha256(convert_to('bench-token-' || n, 'UTF8')), 1,
                   least(now(), start_at - interval '9 days'), least(now(), start_at)
            FROM picked""";

    private AppointmentSql() {
    }
}
