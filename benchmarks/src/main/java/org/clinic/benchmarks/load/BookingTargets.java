package org.clinic.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Free slots to book, read from the slots endpoint itself, so every booking request asks for time that really is
 * free: with a type whose visit and buffer fit one grid step, no two targets overlap and nearly all bookings
 * should answer 201. A 409 then means the service refused a free slot, or the slot list was wrong.
 */
public final class BookingTargets {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Target(UUID practitionerId, String start) {
    }

    /** Every benchmark booking's notes, to find them again in the database. */
    public static final String NOTES = "benchmark";

    private BookingTargets() {
    }

    /**
     * @param earliest   leave out slots starting before this, so none falls inside the minimum notice while the run
     *                   is still going
     * @param searchedTo slots on later days come first, so bookings taken from the front of the list (the warm-up)
     *                   leave the days that searches measure as the seed left them
     */
    public static List<Target> freeSlots(HttpClient http, String baseUrl, UUID typeId, LocalDate from,
            LocalDate to, Instant earliest, LocalDate searchedTo) throws IOException, InterruptedException {
        List<Target> targets = new ArrayList<>();
        // The API answers at most 31 days per request.
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(31)) {
            LocalDate last = day.plusDays(30).isAfter(to) ? to : day.plusDays(30);
            var uri = URI.create(baseUrl + "/api/booking/slots?appointmentTypeId=" + typeId + "&from=" + day
                    + "&to=" + last);
            var response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Slot search failed: " + response.statusCode() + " " + response.body());
            }
            for (JsonNode slot : JSON.readTree(response.body()).get("slots")) {
                String start = slot.get("start").asString();
                if (!OffsetDateTime.parse(start).toInstant().isBefore(earliest)) {
                    targets.add(new Target(UUID.fromString(slot.get("practitionerId").asString()), start));
                }
            }
        }
        // Spread concurrent requests over practitioners and days, as independent patients would be.
        Collections.shuffle(targets, new Random(7));
        targets.sort(Comparator.comparing(target -> !OffsetDateTime.parse(target.start()).toLocalDate()
                .isAfter(searchedTo))); // stable: each group stays shuffled
        return targets;
    }

    /** One online booking per target, each by a different new patient. */
    public static List<HttpRequest> bookings(String baseUrl, UUID typeId, List<Target> targets, String runLabel,
            int firstPatient) {
        var uri = URI.create(baseUrl + "/api/booking/appointments");
        List<HttpRequest> requests = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            int patient = firstPatient + i;
            String body = """
                    {"appointmentTypeId":"%s","practitionerId":"%s","start":"%s",\
                    "patient":{"firstName":"Load","lastName":"Patient %d","email":"load-%s-%d@example.org",\
                    "phone":"+1%d"},"notes":"%s"}"""
                    .formatted(typeId, targets.get(i).practitionerId(), targets.get(i).start(), patient, runLabel,
                            patient, 3_000_000_000L + patient, NOTES);
            requests.add(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        return requests;
    }
}
