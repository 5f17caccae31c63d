package org.clinic.benchmarks;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clinic.benchmarks.load.BookingTargets;
import org.clinic.benchmarks.load.OpenLoad;
import tools.jackson.databind.JsonNode;

/** Bookings at fixed arrival rates, through the gateway and directly, after a warm-up on both paths. */
final class BookingPhase {

    private final Context c;
    private final Confirmations confirmations;
    private final List<String> notes = new ArrayList<>();
    private int booked;
    private JsonNode type;
    private UUID typeId;
    private List<BookingTargets.Target> targets;
    private int warmUp;
    private OpenLoad.Result warmed;
    private String mailedAfterWarmUp;

    BookingPhase(Context context) {
        this.c = context;
        this.confirmations = new Confirmations(context);
    }

    int booked() {
        return booked;
    }

    /** What the tables do not show: unexpected answers, and a load client that could not keep its schedule. */
    List<String> notes() {
        return notes;
    }

    private static List<String> notes(String run, OpenLoad.Result result) {
        List<String> notes = new ArrayList<>();
        if (result.firstUnexpected() != null) {
            notes.add(run + ": first unexpected answer: " + result.firstUnexpected());
        }
        if (result.maxSendLagMillis() > 50) {
            notes.add(String.format(Locale.ROOT, "%s: the load client fell up to %.0f ms behind its "
                    + "schedule (counted in the latencies)", run, result.maxSendLagMillis()));
        }
        return notes;
    }

    /**
     * Books at the rate for a while, alternating between the paths, so that the JIT compilers of every
     * process have finished before anything (searches included) is measured; then waits until every confirmation
     * is mailed, so measuring starts from a quiet system.
     */
    void warmUp(JsonNode type, LocalDate today, int horizon, int minNotice) throws Exception {
        this.type = type;
        typeId = UUID.fromString(type.get("id").asString());
        Context.progress("Finding free slots to book...");
        Instant earliest = Instant.now().plus(Duration.ofMinutes(minNotice + 120L));
        targets = BookingTargets.freeSlots(c.http(), c.direct(), typeId, today, today.plusDays(horizon), earliest,
                today.plusDays(SlotPhase.DAYS - 1));
        int needed = c.options().rates().stream().mapToInt(c.options()::bookings).sum() * 2;
        if (targets.size() < needed) {
            throw new IllegalStateException("Only " + targets.size() + " free slots to book; " + needed
                    + " needed. Lower --rate or --booking-seconds, or seed fewer appointments.");
        }
        warmUp = Math.min(c.options().bookingWarmUp(), targets.size() - needed);
        if (warmUp > 0) {
            Context.progress("Warming up with %d bookings...", warmUp);
            var viaGateway = BookingTargets.bookings(c.gateway(), typeId, targets.subList(0, warmUp), "warm", 0);
            var viaDirect = BookingTargets.bookings(c.direct(), typeId, targets.subList(0, warmUp), "warm", 0);
            List<HttpRequest> warm = new ArrayList<>();
            for (int i = 0; i < warmUp; i++) {
                warm.add((i % 2 == 0 ? viaGateway : viaDirect).get(i));
            }
            warmed = OpenLoad.run(c.http(), warm, c.options().bookingsPerSecond());
            booked += warmed.count(201);
            c.db().awaitOutboxDrained();
            mailedAfterWarmUp = confirmations.awaitAll(booked);
        }
    }

    /** @return the measured runs, through the gateway first */
    List<OpenLoad.Result> measure() throws Exception {
        c.report().line("");
        c.report().line("Bookings: \"%s\" (%s), each request a different free slot (%d free found) and a new "
                + "patient; latency from the scheduled send time; first %d warm-up bookings at the same rate, "
                + "alternating between the paths (before the searches above).", type.get("name").asString(),
                Context.minutes(type), targets.size(), warmUp);
        c.report().line("");
        c.report().bookingHeader(c.options().bookingSeconds());
        if (warmed != null) {
            c.report().booking("warm-up, both paths alternating (not a result)", c.options().bookingsPerSecond(),
                    warmed, mailedAfterWarmUp);
        }
        List<OpenLoad.Result> results = new ArrayList<>();
        int next = warmUp;
        for (double rate : c.options().rates()) {
            for (String base : List.of(c.gateway(), c.direct())) {
                String path = c.path(base);
                Context.progress("Booking %s at %s/s for %d s...", path, Report.ms(rate),
                        c.options().bookingSeconds());
                int count = c.options().bookings(rate);
                // Patients numbered by target, so no two bookings of the run share an email or a phone number.
                var requests = BookingTargets.bookings(base, typeId, targets.subList(next, next + count),
                        (base.equals(c.gateway()) ? "gw" : "direct") + Math.round(rate), next);
                next += count;
                var meter = c.cpu().meter();
                meter.start();
                var result = OpenLoad.run(c.http(), requests, rate);
                booked += result.count(201);
                // The relay's and the mail's share of the work belongs to the bookings that caused it.
                Context.progress("Waiting for the outbox to drain (%.1f s)...", c.db().awaitOutboxDrained());
                String mailed = confirmations.awaitAll(booked);
                meter.stop();
                String row = "booking " + path + " at " + Report.ms(rate) + "/s";
                c.cpuRows().put(c.cpuRows().containsKey(row) ? row + " (again)" : row,
                        meter.perRequest(result.sent()));
                c.report().booking(path, rate, result, mailed);
                results.add(result);
                notes.addAll(notes(path + " at " + Report.ms(rate) + "/s", result));
            }
        }
        return results;
    }
}
