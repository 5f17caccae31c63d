package org.clinic.system.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Patients booking through the gateway as a careful client does: each booking has its own Idempotency-Key, and a
 * booking the system could not take (503, a dropped connection) is sent again with the same key and body until it
 * is accepted. Records every failed attempt, so a drill can show how fast failures came and that none hung.
 */
final class Patients {

    private static final JsonMapper JSON = JsonMapper.shared();
    /** Past this a request counts as hung; the gateway itself gives up on a service after 10 s. */
    private static final Duration HUNG = Duration.ofSeconds(15);
    private static final Duration GIVE_UP = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String run;
    private final AtomicInteger numbers = new AtomicInteger();
    private final List<Attempt> failedAttempts = new CopyOnWriteArrayList<>();
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();

    /** A free slot: one practitioner's 15-minute phone consultation, so no two overlap. */
    record Slot(String typeId, String practitionerId, String start) {
    }

    /** A request that did not book: its status (0 for no answer) and how long the answer took. */
    record Attempt(int status, long millis, String what) {
    }

    Patients(String gateway, String run) {
        this.gateway = gateway;
        this.run = run;
    }

    /**
     * Free slots of a type that fills one 15-minute grid step (none overlaps another), from two days ahead, so no
     * reminder comes due during a drill and every mail is a confirmation.
     */
    List<Slot> freeSlots(int needed) throws Exception {
        JsonNode type = null;
        for (JsonNode candidate : get("/api/booking/appointment-types")) {
            if (candidate.path("onlineBookable").asBoolean()
                    && candidate.path("durationMinutes").asInt() + candidate.path("bufferMinutes").asInt() <= 15) {
                type = candidate;
            }
        }
        if (type == null) {
            throw new IllegalStateException("No online-bookable 15-minute type in the demo data");
        }
        JsonNode clinic = get("/api/booking/clinic");
        LocalDate first = LocalDate.now(ZoneId.of(clinic.path("timeZone").asString())).plusDays(2);
        LocalDate last = first.plusDays(clinic.path("policy").path("horizonDays").asInt() - 3);
        List<Slot> slots = new ArrayList<>();
        for (LocalDate from = first; !from.isAfter(last) && slots.size() < needed; from = from.plusDays(31)) {
            LocalDate to = from.plusDays(30).isAfter(last) ? last : from.plusDays(30);
            for (JsonNode slot : get("/api/booking/slots?appointmentTypeId=" + type.path("id").asString() + "&from="
                    + from + "&to=" + to).path("slots")) {
                slots.add(new Slot(type.path("id").asString(), slot.path("practitionerId").asString(),
                        slot.path("start").asString()));
            }
        }
        if (slots.size() < needed) {
            throw new IllegalStateException("Only " + slots.size() + " free slots; the drill needs " + needed);
        }
        Collections.shuffle(slots, new java.util.Random(12));
        return slots.subList(0, needed);
    }

    /** {@link #bookAtRate} on a thread of its own: the drill injects its fault while patients keep booking. */
    CompletableFuture<Void> bookAtRateMeanwhile(List<Slot> slots, double perSecond) {
        return CompletableFuture.runAsync(() -> {
            try {
                bookAtRate(slots, perSecond);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Waits until this many bookings were accepted: the fault then strikes a system that is demonstrably busy. */
    void awaitBooked(int count) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> references.size() >= count);
    }

    /** Books each slot, starting {@code perSecond} bookings a second, and returns when every one is settled. */
    void bookAtRate(List<Slot> slots, double perSecond) throws InterruptedException {
        ExecutorService patients = Executors.newCachedThreadPool();
        try {
            long began = System.nanoTime();
            List<Future<?>> bookings = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                long due = began + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Slot slot = slots.get(i);
                bookings.add(patients.submit(() -> bookUntilAccepted(slot)));
            }
            for (Future<?> booking : bookings) {
                try {
                    booking.get(GIVE_UP.toSeconds() + 30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    refused.add("a booking did not settle: " + e);
                }
            }
        } finally {
            patients.shutdownNow();
        }
    }

    /** One patient's booking: sent again with the same key and body while the system answers "not now". */
    void bookUntilAccepted(Slot slot) {
        int number = numbers.incrementAndGet();
        String key = run + "-" + UUID.randomUUID();
        String email = "drill-" + run + "-" + number + "@example.org";
        String body = JSON.writeValueAsString(Map.of(
                "appointmentTypeId", slot.typeId(), "practitionerId", slot.practitionerId(), "start", slot.start(),
                "patient", Map.of("firstName", "Drill", "lastName", "Patient " + number, "email", email,
                        "phone", "+1" + (3_000_000_000L + number))));
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            int status;
            String answer;
            String retryAfter = null;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(gateway + "/api/booking/appointments"))
                        .timeout(HUNG)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                answer = response.headers().firstValue("Content-Type").orElse("") + " " + response.body();
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                if (status == 201) {
                    references.put(email, JSON.readTree(response.body()).path("reference").asString());
                    return;
                }
            } catch (HttpTimeoutException hung) {
                status = -1;
                answer = "no answer within " + HUNG.toSeconds() + " s";
            } catch (IOException dropped) {
                status = 0;
                answer = dropped.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            failedAttempts.add(new Attempt(status, (System.nanoTime() - sent) / 1_000_000, answer));
            if (status > 0 && status != 502 && status != 503 && status != 504) {
                refused.add(email + ": " + status + " " + answer);
                return; // not a "try again": a 409 or 400 would be the drill's finding
            }
            try {
                TimeUnit.SECONDS.sleep(retryAfter == null ? 1 : Math.min(Long.parseLong(retryAfter), 5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        refused.add(email + ": still not booked after " + GIVE_UP);
    }

    /** Reference of each accepted booking, by the patient's email (one patient per booking). */
    Map<String, String> booked() {
        return Map.copyOf(references);
    }

    List<Attempt> failedAttempts() {
        return List.copyOf(failedAttempts);
    }

    /** Bookings that ended in something other than acceptance; a drill expects none. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
