package org.clinic.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinic.benchmarks.load.OpenLoad;

/** Bookings at fixed arrival rates, through the gateway and directly, after a warm-up on both paths. */
final class BookingPhase {

    private final Context c;
    private final BookingRuns runs;
    private final List<String> notes = new ArrayList<>();
    private BookingRuns.Run warmed;
    private int warmUp;

    BookingPhase(Context context, BookingRuns runs) {
        this.c = context;
        this.runs = runs;
    }

    /** What the tables do not show: unexpected answers, and a load client that could not keep its schedule. */
    List<String> notes() {
        return notes;
    }

    static List<String> notes(String run, OpenLoad.Result result) {
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
     * Books for a while, alternating between the paths, so that the JIT compilers of every process have finished
     * before anything (searches included) is measured; the run waits until every confirmation is mailed, so
     * measuring starts from a quiet system.
     */
    void warmUp() throws Exception {
        warmUp = Math.min(c.options().bookingWarmUp(), runs.freeSlots());
        if (warmUp > 0) {
            Context.progress("Warming up with %d bookings at %s/s...", warmUp, Report.ms(c.options().warmUpRate()));
            warmed = runs.run(List.of(c.gateway(), c.direct()), c.options().warmUpRate(), warmUp, "warm");
        }
    }

    /**
     * @param rates arrival rates, each run through the gateway and then directly
     * @return the measured runs, through the gateway first
     */
    List<OpenLoad.Result> measure(List<Double> rates, String why) throws Exception {
        c.report().line("");
        c.report().line("Bookings at a fixed rate (%s): \"%s\" (%s), each request a different free slot (%d free "
                + "found) and a new patient; latency from the scheduled send time; %d warm-up bookings at %s/s first, "
                + "alternating between the paths (before the searches and pages).", why,
                runs.type().get("name").asString(), Context.minutes(runs.type()), runs.freeSlots(), warmUp,
                Report.ms(c.options().warmUpRate()));
        c.report().line("");
        c.report().bookingHeader(c.options().bookingSeconds());
        if (warmed != null) {
            c.report().booking("warm-up, both paths alternating (not a result)", c.options().warmUpRate(),
                    warmed.result(), warmed.mailed());
        }
        List<OpenLoad.Result> results = new ArrayList<>();
        for (double rate : rates) {
            for (String base : List.of(c.gateway(), c.direct())) {
                String path = c.path(base);
                Context.progress("Booking %s at %s/s for %d s...", path, Report.ms(rate),
                        c.options().bookingSeconds());
                var run = runs.run(List.of(base), rate, c.options().bookings(rate),
                        (base.equals(c.gateway()) ? "gw" : "direct") + Math.round(rate));
                String row = "booking " + path + " at " + Report.ms(rate) + "/s";
                c.cpuRows().put(c.cpuRows().containsKey(row) ? row + " (again)" : row, run.cpuPerRequest());
                c.report().booking(path, rate, run.result(), run.mailed());
                results.add(run.result());
                notes.addAll(notes(path + " at " + Report.ms(rate) + "/s", run.result()));
            }
        }
        return results;
    }
}
