package org.clinic.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.clinic.benchmarks.load.ClosedLoop;
import tools.jackson.databind.JsonNode;

/** The widest slot search the API allows, through the gateway and directly. */
final class SlotPhase {

    /** The widest range the API allows. */
    static final int DAYS = 31;
    private static final int SLOT_BLOCK = 50;
    private static final ToIntFunction<JsonNode> SLOTS = answer -> answer.get("slots").size();

    private SlotPhase() {
    }

    /** @return the result through the gateway */
    static ClosedLoop.Result run(Context c, JsonNode type, LocalDate today) throws Exception {
        UUID typeId = UUID.fromString(type.get("id").asString());
        long busy = c.db().count("SELECT count(*) FROM appointment WHERE status IN ('BOOKED', 'ARRIVED', 'COMPLETED') "
                + "AND occupied && tstzrange(now(), now() + interval '32 days')");
        c.report().line("Slot search: \"%s\" (%s), %s to %s, %d practitioners offering it, %d active appointments in "
                + "the window; one request at a time, %d warm-up requests per path, then blocks of %d alternating "
                + "between the paths.", type.get("name").asString(), Context.minutes(type), today,
                today.plusDays(DAYS - 1), type.get("practitionerIds").size(), busy, c.options().slotWarmUp(),
                SLOT_BLOCK);
        c.report().line("");
        c.report().slotHeader();
        String query = "/api/booking/slots?appointmentTypeId=" + typeId + "&from=" + today + "&to="
                + today.plusDays(DAYS - 1);
        Context.progress("Slot search, %d requests each way in blocks that alternate between the paths...",
                c.options().slotRequests());
        Map<String, ClosedLoop.Result> results = new LinkedHashMap<>();
        Map<String, CpuUsage.Meter> meters = new LinkedHashMap<>();
        for (String base : List.of(c.gateway(), c.direct())) {
            ClosedLoop.measure(c.http(), get(base + query), c.options().slotWarmUp(), SLOTS);
            results.put(base, ClosedLoop.Result.NONE);
            meters.put(base, c.cpu().meter());
        }
        // Alternating blocks expose both paths to the same background load (other processes on a shared machine).
        for (int done = 0, block; done < c.options().slotRequests(); done += block) {
            block = Math.min(SLOT_BLOCK, c.options().slotRequests() - done);
            for (String base : List.of(c.gateway(), c.direct())) {
                meters.get(base).start();
                var result = ClosedLoop.measure(c.http(), get(base + query), block, SLOTS);
                meters.get(base).stop();
                results.merge(base, result, ClosedLoop.Result::and);
            }
        }
        for (String base : List.of(c.gateway(), c.direct())) {
            String path = c.path(base);
            c.report().slot(path, results.get(base));
            c.cpuRows().put("slot search " + path, meters.get(base).perRequest(results.get(base).requests()));
        }
        return results.get(c.gateway());
    }

    private static HttpRequest get(String url) {
        // As a browser asks: the answer is a megabyte of JSON, and gzip is what a patient's phone would receive.
        return HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(30)).build();
    }
}
