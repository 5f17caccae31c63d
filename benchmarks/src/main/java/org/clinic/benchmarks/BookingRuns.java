package org.clinic.benchmarks;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.benchmarks.load.BookingTargets;
import org.clinic.benchmarks.load.OpenLoad;
import tools.jackson.databind.JsonNode;

/**
 * Booking runs at a fixed arrival rate, each request a different free slot and a new patient, each run paying (in
 * CPU) for its own outbox relay and confirmation emails: it ends when every confirmation is mailed.
 *
 * <p>Free slots are found once. When a run needs more than are left, the benchmark's own bookings are cancelled in
 * the database (status only; the exclusion constraint ignores cancelled rows) and the list starts again from the
 * front: the rate search alone books tens of thousands on a fast machine, more than the seeded schedule has free.
 */
final class BookingRuns {

    /** A run's answers, its CPU per request by process, and when its last confirmation was mailed. */
    record Run(OpenLoad.Result result, Map<String, Double> cpuPerRequest, String mailed) {
    }

    private static final String RECYCLE = "UPDATE appointment SET status = 'CANCELLED', updated_at = now() "
            + "WHERE status = 'BOOKED' AND notes = '" + BookingTargets.NOTES + "'";

    private final Context c;
    private final JsonNode type;
    private final UUID typeId;
    private final List<BookingTargets.Target> targets;
    private final Confirmations confirmations;
    private int next;
    private int patients;
    private long booked;
    private int recycled;

    private BookingRuns(Context c, JsonNode type, List<BookingTargets.Target> targets) {
        this.c = c;
        this.type = type;
        this.typeId = UUID.fromString(type.get("id").asString());
        this.targets = targets;
        this.confirmations = new Confirmations(c);
    }

    /** Reads the free slots of {@code type} up to the horizon, outside the minimum notice with two hours to spare. */
    static BookingRuns find(Context c, JsonNode type, LocalDate today, int horizon, int minNotice) throws Exception {
        Context.progress("Finding free slots to book...");
        Instant earliest = Instant.now().plus(Duration.ofMinutes(minNotice + 120L));
        var targets = BookingTargets.freeSlots(c.http(), c.direct(), UUID.fromString(type.get("id").asString()),
                today, today.plusDays(horizon), earliest, today.plusDays(SlotPhase.DAYS - 1));
        return new BookingRuns(c, type, targets);
    }

    JsonNode type() {
        return type;
    }

    int freeSlots() {
        return targets.size();
    }

    /** Bookings answered 201 so far, in all runs. */
    long booked() {
        return booked;
    }

    /** How often the benchmark's bookings were cancelled to book the same slots again. */
    int recycled() {
        return recycled;
    }

    /**
     * Books {@code count} slots at {@code perSecond}, request i to {@code bases[i % bases.size()]}, then waits until
     * the outbox has drained and every confirmation is mailed, metering all processes' CPU until then.
     *
     * @param label distinguishes this run's patients (emails) from other runs'
     */
    Run run(List<String> bases, double perSecond, int count, String label) throws Exception {
        List<BookingTargets.Target> slots = take(count);
        List<List<HttpRequest>> byBase = new ArrayList<>();
        for (String base : bases) {
            // Patients numbered across runs, so no two bookings of the benchmark share an email or a phone number.
            byBase.add(BookingTargets.bookings(base, typeId, slots, label, patients));
        }
        patients += count;
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(byBase.get(i % bases.size()).get(i));
        }
        var meter = c.cpu().meter();
        meter.start();
        var result = OpenLoad.run(c.http(), requests, perSecond);
        booked += result.count(201);
        // The relay's and the mail's share of the work belongs to the bookings that caused it.
        Context.progress("Waiting for the outbox to drain (%.1f s)...", c.db().awaitOutboxDrained());
        String mailed = confirmations.awaitAll(booked);
        meter.stop();
        return new Run(result, meter.perRequest(Math.max(1, result.sent())), mailed);
    }

    private List<BookingTargets.Target> take(int count) throws Exception {
        if (count > targets.size()) {
            throw new IllegalStateException("A run of " + count + " bookings needs more free slots than the "
                    + targets.size() + " found. Lower the rate or the run's length, or seed fewer appointments.");
        }
        if (next + count > targets.size()) {
            // Requests the client gave up on may still be booking: let the services finish before freeing slots.
            c.cpu().awaitQuiet(0.2, Duration.ofMinutes(1));
            long cancelled = c.db().update(RECYCLE);
            Context.progress("Cancelled the benchmark's %d bookings in the database to book their slots again.",
                    cancelled);
            next = 0;
            recycled++;
        }
        List<BookingTargets.Target> slots = targets.subList(next, next + count);
        next += count;
        return slots;
    }
}
