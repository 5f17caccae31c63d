package org.clinic.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.clinic.benchmarks.load.OpenLoad;

/**
 * The front desk (issue 9) through the gateway with a staff bearer token, at a fixed arrival rate: the day view of a
 * day with 400 appointments among 20 practitioners, and the patient-search fragment (as htmx asks for it) with
 * varied text among the seeded patients. Targets: day view p99 < 100 ms, search fragment p99 < 50 ms.
 */
final class DeskPhase {

    static final double DAY_VIEW_P99_TARGET_MS = 100;
    static final double SEARCH_P99_TARGET_MS = 50;
    private static final int PER_PRACTITIONER = 20;
    private static final int BLOCK_MINUTES = 24;
    /** What receptionists type (the seeder's names are 10 first and 11 last names, so prefixes match thousands). */
    private static final List<String> TEXTS = List.of("G", "Gu", "Gup", "Hadd", "Ana G", "Chen", "Ito", "K", "Jens",
            "Dev Dia", "(200) 001-2345", "200-000-0777", "2345", "seed-patient-4242@", "SEED-PATIENT-17", "Brooks",
            "Elif Ev", "fisch", "Hiro I", "Al");

    private DeskPhase() {
    }

    /** @return the search fragment's and the day view's results, in that order */
    static List<OpenLoad.Result> run(Context c, ZoneId zone, int horizonDays) throws Exception {
        LocalDate day = weekday(LocalDate.now(zone).plusDays(horizonDays + 7));
        int seeded = fill(c, day, zone);
        String dayView = "/desk?date=" + day;
        List<HttpRequest> searches = new ArrayList<>();
        Options o = c.options();
        int count = (int) Math.round(o.pageRate() * o.pageSeconds());
        for (int i = 0; i < Math.max(count, o.pageWarmUp()); i++) {
            String q = TEXTS.get(i % TEXTS.size());
            searches.add(request(c, "/desk/patients?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), true));
        }
        c.report().line("");
        c.report().line("Front desk through the gateway (staff token): the day view %s (%d appointments, %d "
                + "practitioners) and the patient-search fragment (HX-Request, %d different texts among %d "
                + "patients); open model, %s/s each, interleaved, after %d warm-up requests each.", dayView, seeded,
                c.db().count("SELECT count(*) FROM practitioner WHERE active"), TEXTS.size(),
                c.db().count("SELECT count(*) FROM patient"), Report.ms(o.pageRate()), o.pageWarmUp());
        if (o.pageWarmUp() > 0) {
            Context.progress("Warming up the desk with %d requests each...", o.pageWarmUp());
            OpenLoad.interleaved(c.http(), List.of(searches.subList(0, o.pageWarmUp()),
                    Collections.nCopies(o.pageWarmUp(), request(c, dayView, false))), o.pageRate());
        }
        Context.progress("Desk at %s/s each for %d s...", Report.ms(o.pageRate()), o.pageSeconds());
        var results = OpenLoad.interleaved(c.http(), List.of(searches.subList(0, count),
                Collections.nCopies(count, request(c, dayView, false))), o.pageRate());
        c.report().line("");
        c.report().pageHeader(o.pageSeconds());
        double searchP99 = results.get(0).latencies().percentileMillis(99);
        c.report().page("/desk/patients?q= fragment", o.pageRate(), results.get(0), "-", searchP99);
        c.report().page(dayView, o.pageRate(), results.get(1), "-", searchP99);
        c.report().line("");
        for (int i = 0; i < 2; i++) {
            if (results.get(i).other(200) > 0) {
                c.report().line("- %s: answers other than 200: %s", i == 0 ? "search" : "day view",
                        results.get(i).statuses());
            }
        }
        c.report().verdict("desk patient-search fragment p99", searchP99, SEARCH_P99_TARGET_MS);
        c.report().verdict("desk day view p99", results.get(1).latencies().percentileMillis(99),
                DAY_VIEW_P99_TARGET_MS);
        return results;
    }

    /**
     * 20 appointments per active practitioner on {@code day}, back to back from 08:00 in 24-minute blocks of the
     * shortest type: beyond the seeded horizon, so nothing overlaps. @return how many there are that day
     */
    private static int fill(Context c, LocalDate day, ZoneId zone) throws Exception {
        try (var con = DriverManager.getConnection(c.db().url(), c.db().user(), "");
             var insert = con.prepareStatement("""
                     WITH t AS (SELECT id, duration_minutes AS d FROM appointment_type
                                ORDER BY duration_minutes + buffer_minutes, id LIMIT 1),
                          slot AS (SELECT p.id AS practitioner_id, k,
                                          ((?::date + time '08:00' + make_interval(mins => k * ?)) AT TIME ZONE ?)
                                              AS start_at,
                                          row_number() OVER (ORDER BY p.id, k) AS n
                                     FROM practitioner p CROSS JOIN generate_series(0, ? - 1) AS k WHERE p.active)
                     INSERT INTO appointment (id, reference, practitioner_id, appointment_type_id, patient_id,
                         start_at, end_at, occupied, status, channel, manage_token_hash, version)
                     SELECT md5('bench-desk-' || n)::uuid, 'D' || lpad(n::text, 7, '0'), practitioner_id, t.id,
                            (SELECT id FROM patient ORDER BY id OFFSET (n * 7919) % 1000 LIMIT 1),
                            start_at, start_at + make_interval(mins => least(t.d, ?)),
                            tstzrange(start_at, start_at + make_interval(mins => ?), '[)'),
                            CASE WHEN k % 9 = 0 THEN 'ARRIVED' ELSE 'BOOKED' END,
                            CASE WHEN n % 3 = 0 THEN 'PHONE' ELSE 'ONLINE' END,
                            sha256(convert_to('bench-desk-' || n, 'UTF8')), 1
                       FROM slot, t
                     ON CONFLICT (id) DO NOTHING""")) {
            insert.setString(1, day.toString());
            insert.setInt(2, BLOCK_MINUTES);
            insert.setString(3, zone.getId());
            insert.setInt(4, PER_PRACTITIONER);
            insert.setInt(5, BLOCK_MINUTES);
            insert.setInt(6, BLOCK_MINUTES);
            insert.executeUpdate();
        }
        return (int) c.db().count("SELECT count(*) FROM appointment WHERE start_at >= '" + day.atStartOfDay(zone)
                .toOffsetDateTime() + "' AND start_at < '" + day.plusDays(1).atStartOfDay(zone).toOffsetDateTime()
                + "'");
    }

    private static HttpRequest request(Context c, String path, boolean htmx) {
        var request = HttpRequest.newBuilder(URI.create(c.gateway() + path))
                .header("Authorization", "Bearer " + c.staffToken())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.build();
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
