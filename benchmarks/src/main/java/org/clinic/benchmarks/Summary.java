package org.clinic.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinic.benchmarks.ceiling.InsertCeiling;

/**
 * The figures that compare across machines, on top of the report: rates a machine reaches rather than latencies
 * at a rate one machine happens to handle, and ratios of them, which cancel much of the machine's own speed.
 */
final class Summary {

    private Summary() {
    }

    /**
     * @param ceiling the INSERT ceiling on one connection, then on several
     * @param cpu     CPU ms per booking by process at {@code rate} through the gateway
     */
    static String of(MaxRatePhase.Result max, List<InsertCeiling.Result> ceiling, double rate,
            Map<String, Double> cpu, ColdStartPhase.Result cold) {
        var report = new Report();
        report.line("Figures that compare across machines (details below):");
        report.line("");
        report.line("| figure | value |");
        report.line("|---|---|");
        report.line("| highest booking rate through the gateway with p99 < %s ms | %s |",
                Report.ms(Report.BOOKING_P99_TARGET_MS), max.highest().isPresent()
                        ? Report.ms(max.highest().getAsDouble()) + "/s" + max.lowestFailing().stream()
                                .mapToObj(failed -> " (" + Report.ms(failed) + "/s failed)").findFirst().orElse(
                                        " (no step failed: a lower bound)")
                        : "none passed");
        InsertCeiling.Result one = ceiling.get(0);
        InsertCeiling.Result many = ceiling.get(ceiling.size() - 1);
        report.line("| raw INSERT ceiling, 1 connection / %d connections | %s / %s rows/s |", many.threads(),
                Report.ms(one.rowsPerSecond()), Report.ms(many.rowsPerSecond()));
        double highest = max.highest().orElse(Double.NaN);
        report.line("| highest booking rate ÷ INSERT ceiling, 1 connection / %d connections | %s / %s |",
                many.threads(), ratio(highest / one.rowsPerSecond()), ratio(highest / many.rowsPerSecond()));
        if (cpu != null) {
            int cores = Runtime.getRuntime().availableProcessors();
            double total = cpu.get("total");
            report.line("| CPU per booking at %s/s through the gateway, all processes | %s ms (%s); %d cores × 1000 "
                    + "÷ %s ≈ %s bookings/s at most |", Report.ms(rate), Report.ms(total), byProcess(cpu), cores,
                    Report.ms(total), Report.ms(cores * 1000 / total));
            report.line("| highest booking rate ÷ that CPU bound | %s |", ratio(highest / (cores * 1000 / total)));
        }
        report.line("| cold start at %s/s: p99 in the first 10 s / in the last 10 s of the first minute | %s / %s ms |",
                Report.ms(cold.rate()), Report.ms(cold.firstP99()), Report.ms(cold.lastP99()));
        report.line("");
        return report.toString();
    }

    private static String byProcess(Map<String, Double> cpu) {
        var text = new StringBuilder();
        for (String part : CpuUsage.PARTS) {
            text.append(text.isEmpty() ? "" : ", ").append(part).append(' ').append(Report.ms(cpu.get(part)));
        }
        return text.toString();
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
