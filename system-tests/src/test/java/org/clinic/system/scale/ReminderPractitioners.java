package org.clinic.system.scale;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Practitioners whose only working time is a quarter of an hour starting at one chosen instant, written straight into
 * booking-service's database as an operator's import would: their visits all start then, so all their reminders come
 * due at the same moment and both notification instances' schedulers reach for them at once. (The demo clinic has
 * three practitioners, whose hours may be hours or days away.)
 */
final class ReminderPractitioners {

    /** The demo clinic's 15-minute "Free phone consultation". */
    static final String VISIT_TYPE = "11111111-0000-0000-0000-000000000005";
    private static final Duration WORKING_TIME = Duration.ofMinutes(15);

    private ReminderPractitioners() {
    }

    /** Adds {@code count} practitioners working only from {@code start} (to the second) for a quarter hour. */
    static List<String> add(Connection booking, int count, ZonedDateTime start) throws SQLException {
        LocalTime from = start.toLocalTime();
        if (!from.plus(WORKING_TIME).isAfter(from)) {
            throw new IllegalArgumentException("working time would cross midnight: " + start);
        }
        List<String> ids = new ArrayList<>();
        try (var practitioner = booking.prepareStatement(
                "INSERT INTO practitioner (id, name, credentials, title) VALUES (?, ?, 'PT', 'Physical Therapist')");
                var offers = booking.prepareStatement(
                        "INSERT INTO practitioner_appointment_type (practitioner_id, appointment_type_id) VALUES (?, ?)");
                var hours = booking.prepareStatement("INSERT INTO working_hours (practitioner_id, day_of_week,"
                        + " start_time, end_time) VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id.toString());
                practitioner.setObject(1, id);
                practitioner.setString(2, "Scale Reminder Therapist " + i);
                practitioner.addBatch();
                offers.setObject(1, id);
                offers.setObject(2, UUID.fromString(VISIT_TYPE));
                offers.addBatch();
                hours.setObject(1, id);
                hours.setInt(2, start.getDayOfWeek().getValue());
                hours.setObject(3, from);
                hours.setObject(4, from.plus(WORKING_TIME));
                hours.addBatch();
            }
            practitioner.executeBatch();
            offers.executeBatch();
            hours.executeBatch();
        }
        return ids;
    }
}
