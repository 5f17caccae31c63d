package org.clinic.system.scale;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** What the run left behind, counted after every message went out; and the report the lead quotes. */
record Figures(long appointmentsInDatabase, long overlaps, Map<String, Long> confirmations,
        Map<String, Long> reminders, long remindersFired, long remindersSuppressed, List<String> appointmentEvents,
        List<String> deliveryEvents) {

    String report(Outcomes outcomes, GatewayClient client, Duration startup, Duration load, Duration stopTook,
            Duration whole) {
        int made = outcomes.made();
        return String.join("\n",
                "",
                "=== Two of everything: 2 gateways, 2 x booking-, content- and notification-service ===",
                "  stack started in %d s; bookings took %d s; whole test %d s".formatted(
                        startup.toSeconds(), load.toSeconds(), whole.toSeconds()),
                "  bookings attempted %d, made %d (reminder visits %d, others %d, race winners %d)".formatted(
                        outcomes.attempted.get(), made, outcomes.reminderBookings.size(),
                        outcomes.ordinaryBookings.size(), outcomes.raceWinners.size()),
                "  races: %d won, %d lost (409)".formatted(outcomes.raceWinners.size(), outcomes.racesLost.get()),
                "  one instance of each service and one gateway stopped (SIGTERM) a third of the way in, in %d s;"
                        .formatted(stopTook.toSeconds())
                        + " requests sent again by clients: %d to a gateway that was gone, %d after a 502/503/504"
                                .formatted(client.unreachable(), client.unavailable()),
                "  reads during the run: %d, failed for good: %d".formatted(outcomes.reads.get(),
                        outcomes.failedReads.size()),
                "  appointments in the database: %d, overlapping pairs: %d".formatted(appointmentsInDatabase,
                        overlaps),
                "  confirmation emails: %d for %d bookings, duplicates %d".formatted(total(confirmations), made,
                        duplicates(confirmations)),
                "  reminders: %d fired, %d suppressed, %d emails, duplicates %d".formatted(remindersFired,
                        remindersSuppressed, total(reminders), duplicates(reminders)),
                "  events on booking.appointment-events: %d, distinct ids %d; on notification.delivery-events: %d,"
                        .formatted(appointmentEvents.size(), new HashSet<>(appointmentEvents).size(),
                                deliveryEvents.size())
                        + " distinct ids %d".formatted(new HashSet<>(deliveryEvents).size()),
                "");
    }

    private static long total(Map<String, Long> perBooking) {
        return perBooking.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long duplicates(Map<String, Long> perBooking) {
        return perBooking.values().stream().mapToLong(count -> count - 1).sum();
    }
}
