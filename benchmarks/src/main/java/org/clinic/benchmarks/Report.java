package org.clinic.benchmarks;

import java.util.Locale;
import org.clinic.benchmarks.ceiling.InsertCeiling;
import org.clinic.benchmarks.load.Latencies;
import org.clinic.benchmarks.load.OpenLoad;
import org.clinic.benchmarks.load.ClosedLoop;

/** The printed result: Markdown tables, so they can go into the note as they are. */
final class Report {

    static final double SLOT_P99_TARGET_MS = 50;
    static final double BOOKING_P99_TARGET_MS = 100;
    static final double PAGE_P99_TARGET_MS = 50;
    /** The article page's p99 over the static asset's p99, both through the gateway in the same run. */
    static final double PAGE_TO_STATIC_TARGET = 3;

    private final StringBuilder out = new StringBuilder();

    void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    void slotHeader() {
        line("| slot search, 31 days, all practitioners | requests | p50 ms | p99 ms | max ms | slots in answer "
                + "| answer size (as sent) |");
        line("|---|---:|---:|---:|---:|---:|---:|");
    }

    void slot(String path, ClosedLoop.Result r) {
        line("| %s | %d%s | %s | %s | %s | %d | %d kB |", path, r.requests(),
                r.failures() == 0 ? "" : " (" + r.failures() + " failed)", ms(r.latencies().percentileMillis(50)),
                ms(r.latencies().percentileMillis(99)), ms(r.latencies().maxMillis()), r.itemsPerResponse(),
                r.bytesPerResponse() / 1024);
    }

    void patientHeader() {
        line("| patient search | path | requests | p50 ms | p99 ms | max ms | patients in answer |");
        line("|---|---|---:|---:|---:|---:|---:|");
    }

    void patient(String lookup, String path, ClosedLoop.Result r) {
        line("| %s | %s | %d%s | %s | %s | %s | %d |", lookup, path, r.requests(),
                r.failures() == 0 ? "" : " (" + r.failures() + " failed)", ms(r.latencies().percentileMillis(50)),
                ms(r.latencies().percentileMillis(99)), ms(r.latencies().maxMillis()), r.itemsPerResponse());
    }

    void bookingHeader(int seconds) {
        line("| booking POST, open model, %d s each | offered/s | sent | answered/s | 201 | 409 | other | p50 ms "
                + "| p99 ms | max ms | all confirmations mailed |", seconds);
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }

    /** @param mailed when notification-service had mailed every confirmation, e.g. "4.2 s after the last answer" */
    void booking(String path, double rate, OpenLoad.Result r, String mailed) {
        Latencies l = r.latencies();
        line("| %s | %s | %d | %s | %d | %d | %s | %s | %s | %s | %s |", path, ms(rate), r.sent(),
                ms(r.completedPerSecond()), r.count(201), r.count(409), others(r), ms(l.percentileMillis(50)),
                ms(l.percentileMillis(99)), ms(l.maxMillis()), mailed);
    }

    void pageHeader(int seconds) {
        line("| GET through the gateway, open model, %d s, interleaved | rate/s | requests | non-200 | p50 ms "
                + "| p99 ms | gzip size | p99 ÷ static p99 |", seconds);
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
    }

    void page(String target, double rate, OpenLoad.Result r, String size, double staticP99) {
        double p99 = r.latencies().percentileMillis(99);
        line("| %s | %s | %d | %d | %s | %s | %s | %s |", target, ms(rate), r.sent(), r.other(200),
                ms(r.latencies().percentileMillis(50)), ms(p99), size, String.format(Locale.ROOT, "%.1f", p99 / staticP99));
    }

    void ceilingHeader(double seconds) {
        line("| raw single-row INSERT into appointment, autocommit, %s s | rows | rows/s | p50 ms | p99 ms |",
                ms(seconds));
        line("|---|---:|---:|---:|---:|");
    }

    void ceiling(InsertCeiling.Result r) {
        line("| %d connection%s | %d | %s | %s | %s |", r.threads(), r.threads() == 1 ? "" : "s", r.rows(),
                ms(r.rowsPerSecond()), ms(r.latencies().percentileMillis(50)), ms(r.latencies().percentileMillis(99)));
    }

    void cpuHeader() {
        line("| CPU ms per request | %s | total | other processes on the machine |",
                String.join(" | ", CpuUsage.PARTS));
        line("|---|%s---:|---:|", "---:|".repeat(CpuUsage.PARTS.size()));
    }

    void cpu(String phase, java.util.Map<String, Double> millis) {
        var cells = new StringBuilder();
        millis.forEach((part, ms) -> cells.append(" ").append(ms(ms)).append(" |"));
        line("| %s |%s", phase, cells);
    }

    void verdict(String what, double value, double target) {
        line("- %s: %s ms against a target of < %s ms: %s", what, ms(value), ms(target),
                value < target ? "met" : "MISSED");
    }

    void ratioVerdict(String what, double ratio, double target) {
        line("- %s: %s against a target of < %s: %s", what, String.format(Locale.ROOT, "%.2f×", ratio), ms(target),
                ratio < target ? "met" : "MISSED");
    }

    private static String others(OpenLoad.Result r) {
        var text = new StringBuilder();
        r.statuses().forEach((status, count) -> {
            if (status != 201 && status != 409) {
                text.append(text.isEmpty() ? "" : ", ").append(count).append(" × ")
                        .append(status == -1 ? "no answer" : status);
            }
        });
        return text.isEmpty() ? "0" : text.toString();
    }

    static String ms(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
