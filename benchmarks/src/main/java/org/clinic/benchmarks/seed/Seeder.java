package org.clinic.benchmarks.seed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Fills booking-service's database (already migrated by the service) with a clinic of realistic size, in SQL
 * with {@code generate_series} so 200,000 appointments take seconds, not minutes of HTTP calls.
 *
 * <p>Appointments sit in blocks as long as the longest visit plus buffer, from the start of each working
 * interval, so none overlap and every one starts on the slot grid; the exclusion constraint would reject any
 * mistake here. Past days are filled densely; days up to the horizon only partly, leaving free slots to search
 * and book.
 */
public final class Seeder {

    /** The first 8 hex digits of every practitioner id this seeder creates. */
    public static final String PRACTITIONER_PREFIX = "33333333";

    public record Plan(int practitioners, int appointments, int patients, int horizonDays, double futureFill,
            double pastFill, ZoneId zone) {
    }

    public record Summary(int practitioners, long appointments, long future, long patients, LocalDate firstDay,
            int blockMinutes, double seconds) {
    }

    private Seeder() {
    }

    public static Summary seed(String jdbcUrl, String user, Plan plan) throws SQLException {
        if (plan.appointments() > 999_999) {
            throw new IllegalArgumentException("References are X0 and six digits: at most 999,999 appointments");
        }
        long began = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "")) {
            c.setAutoCommit(false);
            clinic(c, plan.practitioners());
            patients(c, plan.patients());
            int block = single(c, "SELECT ((max(duration_minutes + buffer_minutes) + 14) / 15 * 15)::int"
                    + " FROM appointment_type");
            LocalDate today = LocalDate.now(plan.zone());
            LocalDate first = today.minusDays(daysBack(c, block, plan));
            appointments(c, plan, block, first, today.plusDays(plan.horizonDays()));
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            long future = single(c, "SELECT count(*)::int FROM appointment WHERE start_at >= now()");
            return new Summary(plan.practitioners(), single(c, "SELECT count(*)::int FROM appointment"), future,
                    single(c, "SELECT count(*)::int FROM patient"), first, block, (System.nanoTime() - began) / 1e9);
        }
    }

    /** Only this seeder's practitioners stay active: each works Monday to Saturday with a lunch hour. */
    private static void clinic(Connection c, int practitioners) throws SQLException {
        update(c, "UPDATE practitioner SET active = false WHERE id::text NOT LIKE '" + PRACTITIONER_PREFIX + "-%'");
        update(c, """
                INSERT INTO practitioner (id, name, credentials, title)
                SELECT ('%s-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid,
                       'Bench Practitioner ' || lpad(n::text, 2, '0'), 'DPT', 'Physical Therapist'
                FROM generate_series(1, ?) AS n
                ON CONFLICT (id) DO NOTHING""".formatted(PRACTITIONER_PREFIX), practitioners);
        update(c, """
                INSERT INTO practitioner_appointment_type (practitioner_id, appointment_type_id)
                SELECT p.id, t.id FROM practitioner p CROSS JOIN appointment_type t WHERE p.active
                ON CONFLICT DO NOTHING""");
        update(c, """
                INSERT INTO working_hours (practitioner_id, day_of_week, start_time, end_time)
                SELECT p.id, d, h.opens, h.closes
                FROM practitioner p
                CROSS JOIN generate_series(1, 6) AS d
                CROSS JOIN (VALUES (time '08:00', time '12:00'), (time '13:00', time '18:00')) AS h (opens, closes)
                WHERE p.active
                ON CONFLICT DO NOTHING""");
    }

    private static void patients(Connection c, int patients) throws SQLException {
        update(c, """
                INSERT INTO patient (id, first_name, last_name, email, phone, created_at, updated_at)
                SELECT md5('bench-patient-' || n)::uuid,
                       (ARRAY['Ana', 'Ben', 'Chloe', 'Dev', 'Elif', 'Femi', 'Grace', 'Hiro', 'Ines',
                              'Jon'])[1 + n % 10],
                       (ARRAY['Alvarez', 'Brooks', 'Chen', 'Diallo', 'Evans', 'Fischer', 'Gupta', 'Haddad', 'Ito',
                              'Jensen', 'Kowalski'])[1 + n % 11],
                       'seed-patient-' || n || '@example.org', '+1' || (2000000000 + n), now() - interval '5 years',
                       now()
                FROM generate_series(1, ?) AS n""", patients);
    }

    /** Enough past days that the dense past fill plus the sparse future one reach the target count. */
    private static int daysBack(Connection c, int block, Plan plan) throws SQLException {
        int blocksPerWeek = single(c, """
                SELECT coalesce(sum(((extract(epoch FROM end_time - start_time) / 60)::int - %1$d) / %1$d + 1), 0)::int
                FROM working_hours wh JOIN practitioner p ON p.id = wh.practitioner_id AND p.active
                WHERE (extract(epoch FROM end_time - start_time) / 60)::int >= %1$d""".formatted(block));
        if (blocksPerWeek == 0) {
            throw new IllegalStateException("No working interval is long enough for a " + block + "-minute block");
        }
        double pastPerDay = blocksPerWeek / 7.0 * plan.pastFill();
        return (int) Math.ceil(plan.appointments() / pastPerDay * 1.15) + 7;
    }

    private static void appointments(Connection c, Plan plan, int block, LocalDate first, LocalDate last)
            throws SQLException {
        update(c, "SELECT setseed(0.42)");
        update(c, AppointmentSql.INSERT.formatted(block), first.toString(), (int) (last.toEpochDay()
                - first.toEpochDay()), plan.zone().getId(), plan.futureFill(), plan.pastFill(), plan.appointments(),
                plan.patients());
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.execute();
        }
    }
}
