package org.clinic.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.clinic.benchmarks.load.Samples;

/**
 * The first minute of bookings after the services started: fresh JVMs that have served only the run's few setup
 * requests (a login, the catalogue, the free-slot searches), booking through the gateway at a modest fixed rate,
 * reported per ten seconds so the JIT compilers' warm-up shows. What a restart under load looks like to patients.
 */
final class ColdStartPhase {

    /** The p99 of the first and of the last window, for the summary. */
    record Result(double rate, double firstP99, double lastP99) {
    }

    private ColdStartPhase() {
    }

    static Result run(Context c, BookingRuns runs) throws Exception {
        Options o = c.options();
        int window = Options.COLD_WINDOW_SECONDS;
        int count = (int) Math.round(o.coldRate() * o.coldSeconds());
        Context.progress("Cold start: booking through the gateway at %s/s for %d s...", Report.ms(o.coldRate()),
                o.coldSeconds());
        // CPU by wall-clock window from the start of the load: the JIT compilers' share falls window by window.
        List<Map<String, Long>> snapshots = new CopyOnWriteArrayList<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cpu-sampler");
            thread.setDaemon(true);
            return thread;
        });
        BookingRuns.Run run;
        try {
            sampler.scheduleAtFixedRate(() -> snapshots.add(c.cpu().snapshot()), 0, window, TimeUnit.SECONDS);
            run = runs.run(List.of(c.gateway()), o.coldRate(), count, "cold");
        } finally {
            sampler.shutdownNow();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        }
        c.report().line("");
        c.report().line("Cold start: the first %d s of bookings after the services started (fresh JVMs that had "
                + "served only a login, the catalogue and the free-slot searches), \"%s\", through the gateway at "
                + "%s/s, open model; requests by the %d-s window they were due in; CPU per booking by wall-clock "
                + "window, all processes.", o.coldSeconds(), runs.type().get("name").asString(),
                Report.ms(o.coldRate()), window);
        c.report().line("");
        c.report().line("| window after the first booking | due | 201 | other | p50 ms | p99 ms | max ms | CPU ms per "
                + "booking |");
        c.report().line("|---|---:|---:|---:|---:|---:|---:|---:|");
        Samples all = run.result().samples();
        double first = Double.NaN;
        double last = Double.NaN;
        for (int from = 0; from < o.coldSeconds(); from += window) {
            Samples w = all.dueBetween(from, from + window);
            double p99 = w.latencies().percentileMillis(99);
            first = from == 0 ? p99 : first;
            last = p99;
            c.report().line("| %d-%d s | %d | %d | %d | %s | %s | %s | %s |", from, from + window, w.size(),
                    w.count(201), w.otherThan(201), Report.ms(w.latencies().percentileMillis(50)), Report.ms(p99),
                    Report.ms(w.latencies().maxMillis()), cpuPerBooking(snapshots, from / window, w.size()));
        }
        c.report().line("");
        c.report().line("- all %d confirmations mailed: %s; the whole minute, CPU per booking: %s ms",
                run.result().count(201), run.mailed(), Report.ms(run.cpuPerRequest().get("total")));
        BookingPhase.notes("cold start", run.result()).forEach(note -> c.report().line("- %s", note));
        c.cpuRows().put("cold start: first " + o.coldSeconds() + " s at " + Report.ms(o.coldRate()) + "/s",
                run.cpuPerRequest());
        return new Result(o.coldRate(), first, last);
    }

    private static String cpuPerBooking(List<Map<String, Long>> snapshots, int window, int bookings) {
        if (window + 1 >= snapshots.size() || bookings == 0) {
            return "-";
        }
        long nanos = 0;
        for (String part : CpuUsage.PARTS) {
            nanos += snapshots.get(window + 1).get(part) - snapshots.get(window).get(part);
        }
        return Report.ms(nanos / 1e6 / bookings);
    }
}
