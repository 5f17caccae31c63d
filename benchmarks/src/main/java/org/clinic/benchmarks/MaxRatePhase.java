package org.clinic.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.clinic.benchmarks.load.RateSearch;
import org.clinic.benchmarks.load.Samples;

/**
 * The highest booking rate through the gateway whose p99 stays under the target: a fixed rate that one machine
 * handles saturates a slower one, so the rate itself is the figure that compares across machines. Each step is an
 * open-model run (latency from the scheduled send time, so a saturated server cannot hide behind a slower client)
 * whose first seconds settle and are not counted.
 */
final class MaxRatePhase {

    /** Stop bisecting once the failing rate is within this fraction of the passing one: runs vary more than that. */
    static final double PRECISION = 0.1;
    /** At most this share of answers other than 201 (or none) in a passing step. */
    static final double ERROR_SHARE = 0.01;

    /** What the search found; {@code highest} is empty if no rate passed. */
    record Result(OptionalDouble highest, OptionalDouble lowestFailing, boolean outOfSteps) {
    }

    private MaxRatePhase() {
    }

    static Result run(Context c, BookingRuns runs) throws Exception {
        Options.Stepping s = c.options().stepping();
        var search = new RateSearch(s.start(), s.factor(), PRECISION, s.maxSteps());
        c.report().line("");
        c.report().line("Highest booking rate through the gateway with p99 < %s ms: \"%s\", open model, rates from %s/s "
                + "up by ×%s until the first failure, then bisected (geometric mean) to within %.0f %%; each step "
                + "%d s to settle (not counted), then %d s measured; a step passes with p99 < %s ms and at most "
                + "%.0f %% answers other than 201. Between steps the system is left to go quiet.",
                Report.ms(Report.BOOKING_P99_TARGET_MS), runs.type().get("name").asString(), Report.ms(s.start()),
                Report.ms(s.factor()), PRECISION * 100, s.settle(), s.seconds(),
                Report.ms(Report.BOOKING_P99_TARGET_MS), ERROR_SHARE * 100);
        c.report().line("");
        c.report().line("| step | offered/s | achieved/s | measured | 201 | other | p50 ms | p99 ms | max ms "
                + "| CPU ms per booking | passed |");
        c.report().line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        // Whatever ran before (pages, desk) must not spill into the first step.
        c.cpu().awaitQuiet(0.2, Duration.ofMinutes(2));
        int step = 0;
        for (var next = search.next(); next.isPresent(); next = search.next()) {
            double rate = next.getAsDouble();
            step++;
            Context.progress("Rate search, step %d: %s/s for %d + %d s...", step, Report.ms(rate), s.settle(),
                    s.seconds());
            var run = runs.run(List.of(c.gateway()), rate, s.bookings(rate), "step" + step);
            Samples measured = run.result().samples().dueBetween(s.settle(), s.settle() + s.seconds());
            boolean passed = RateSearch.passes(measured, Report.BOOKING_P99_TARGET_MS, 201, ERROR_SHARE);
            search.record(rate, passed);
            c.report().line("| %d | %s | %s | %d | %d | %d | %s | %s | %s | %s | %s |", step, Report.ms(rate),
                    Report.ms(run.result().samples().arrivedPerSecond(201, s.settle(), s.settle() + s.seconds())),
                    measured.size(), measured.count(201), measured.otherThan(201),
                    Report.ms(measured.latencies().percentileMillis(50)),
                    Report.ms(measured.latencies().percentileMillis(99)), Report.ms(measured.latencies().maxMillis()),
                    Report.ms(run.cpuPerRequest().get("total")), passed ? "yes" : "**no**");
            BookingPhase.notes("step " + step, run.result()).forEach(note -> c.report().line("- %s", note));
            // An overloaded step leaves work behind (requests the client gave up on, compilations): not the next's.
            c.cpu().awaitQuiet(0.2, Duration.ofMinutes(1));
        }
        var result = new Result(search.highestPassing(), search.lowestFailing(), search.outOfSteps());
        c.report().line("");
        c.report().line("- %s", describe(result));
        if (runs.recycled() > 0) {
            c.report().line("- the benchmark's bookings were cancelled in the database %d time(s) to book the same "
                    + "%d free slots again", runs.recycled(), runs.freeSlots());
        }
        return result;
    }

    static String describe(Result r) {
        String target = "p99 < " + Report.ms(Report.BOOKING_P99_TARGET_MS) + " ms";
        if (r.highest().isEmpty()) {
            return "no rate kept " + target + (r.lowestFailing().isPresent() ? ", not even "
                    + Report.ms(r.lowestFailing().getAsDouble()) + "/s" : "");
        }
        String highest = Report.ms(r.highest().getAsDouble()) + "/s";
        if (r.lowestFailing().isEmpty()) {
            return "every step kept " + target + "; the highest rate is at least " + highest
                    + " (the search ran out of steps: raise --max-steps or --step-start)";
        }
        return "highest rate with " + target + ": " + highest + " (" + Report.ms(r.lowestFailing().getAsDouble())
                + "/s failed)" + (r.outOfSteps() ? "; the search ran out of steps before narrowing it down" : "");
    }
}
