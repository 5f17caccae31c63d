package org.clinic.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.benchmarks.load.ClosedLoop;
import tools.jackson.databind.JsonNode;

/**
 * The front desk looking up a caller while they are on the line ({@code GET /api/booking/patients?q=}), by each
 * kind of text a receptionist types, among the seeded patients.
 */
final class PatientSearchPhase {

    private static final int BLOCK = 25;

    /** What the receptionist types, and the seeded patient it should find (see the seeder's names and numbers). */
    private record Lookup(String kind, String text) {
    }

    private PatientSearchPhase() {
    }

    static void run(Context c, long patients) throws Exception {
        int seeded = (int) Math.max(1, patients);
        int someone = Math.max(1, seeded / 3);
        List<Lookup> lookups = List.of(
                new Lookup("last-name prefix (1 in 11 patients match)", "Gup"),
                new Lookup("full last name", "Haddad"),
                new Lookup("email", "seed-patient-" + someone + "@example.org"),
                new Lookup("phone number as a caller says it", formatted(2000000000L + someone)));
        c.report().line("");
        c.report().line("Patient search by the front desk (staff token): %d patients; one request at a time, %d "
                + "warm-up requests per lookup and path, then blocks of %d alternating between the paths.", seeded,
                c.options().slotWarmUp(), BLOCK);
        c.report().line("");
        c.report().patientHeader();
        Context.progress("Patient search, %d requests per lookup and path...", c.options().slotRequests());
        for (Lookup lookup : lookups) {
            Map<String, ClosedLoop.Result> results = new LinkedHashMap<>();
            for (String base : List.of(c.gateway(), c.direct())) {
                ClosedLoop.measure(c.http(), search(c, base, lookup), c.options().slotWarmUp(), JsonNode::size);
                results.put(base, ClosedLoop.Result.NONE);
            }
            for (int done = 0, block; done < c.options().slotRequests(); done += block) {
                block = Math.min(BLOCK, c.options().slotRequests() - done);
                for (String base : List.of(c.gateway(), c.direct())) {
                    results.merge(base, ClosedLoop.measure(c.http(), search(c, base, lookup), block, JsonNode::size),
                            ClosedLoop.Result::and);
                }
            }
            results.forEach((base, result) -> c.report().patient(lookup.kind() + " \"" + lookup.text() + "\"",
                    c.path(base), result));
        }
    }

    private static HttpRequest search(Context c, String base, Lookup lookup) {
        return HttpRequest.newBuilder(URI.create(base + "/api/booking/patients?q="
                        + URLEncoder.encode(lookup.text(), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + c.staffTokenFor(base)).timeout(Duration.ofSeconds(30)).build();
    }

    /** +12000012345 as a US caller would say it: (200) 001-2345. */
    private static String formatted(long national) {
        String digits = Long.toString(national);
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }
}
