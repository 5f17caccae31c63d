package org.clinic.system.scale;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patients of the scale test: the reminder visits first, then the other bookings from {@value #CLIENTS}
 * clients at once, a 50-way race for one slot now and then, and something done {@code midway} (a third of the way
 * through). A reader keeps asking for a page and a list meanwhile. Every answer goes to {@link Outcomes}.
 */
final class BookingLoad {

    /** Patients booking at the same time, outside the races. */
    static final int CLIENTS = 16;
    static final int RACE_CLIENTS = 50;
    private static final JsonMapper JSON = JsonMapper.shared();

    private final GatewayClient client;
    private final Outcomes outcomes;

    BookingLoad(GatewayClient client, Outcomes outcomes) {
        this.client = client;
        this.outcomes = outcomes;
    }

    /** Runs it all; returns how long {@code midway} took. */
    Duration run(List<String> reminderPractitioners, ZonedDateTime reminderVisits, List<JsonNode> slots,
            List<JsonNode> raceSlots, Runnable midway) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        ExecutorService beside = Executors.newCachedThreadPool();
        try {
            List<Future<?>> bookings = new ArrayList<>();
            String visit = reminderVisits.toOffsetDateTime().toString();
            for (int i = 0; i < reminderPractitioners.size(); i++) {
                String json = bookingJson(reminderPractitioners.get(i), visit, "reminder-" + i);
                int gateway = i;
                bookings.add(clients.submit(() -> {
                    add(outcomes.reminderBookings, outcomes.booked(client.book(gateway, json), false));
                    outcomes.reminderVisitsBookedBy.accumulateAndGet(Instant.now(), (a, b) -> a.isAfter(b) ? a : b);
                }));
            }
            var done = new AtomicInteger();
            for (int i = 0; i < slots.size(); i++) {
                String json = bookingJson(slots.get(i), "patient-" + i);
                int gateway = i;
                bookings.add(clients.submit(() -> {
                    add(outcomes.ordinaryBookings, outcomes.booked(client.book(gateway, json), false));
                    done.incrementAndGet();
                }));
            }
            Future<Duration> midwayDone = beside.submit(() -> {
                awaitProgress(done, slots.size() / 3);
                long began = System.nanoTime();
                midway.run();
                return Duration.ofNanos(System.nanoTime() - began);
            });
            Future<?> races = beside.submit(() -> {
                for (int race = 0; race < raceSlots.size(); race++) {
                    awaitProgress(done, (race + 1) * slots.size() / (raceSlots.size() + 1));
                    race(race, raceSlots.get(race));
                }
                return null;
            });
            var loading = new AtomicBoolean(true);
            Future<?> reader = beside.submit(() -> read(loading));
            for (Future<?> booking : bookings) {
                booking.get(5, TimeUnit.MINUTES);
            }
            races.get(5, TimeUnit.MINUTES);
            Duration midwayTook = midwayDone.get(2, TimeUnit.MINUTES);
            loading.set(false);
            reader.get(2, TimeUnit.MINUTES);
            return midwayTook;
        } finally {
            clients.shutdownNow();
            beside.shutdownNow();
        }
    }

    /** Fifty patients at once for one slot, half through each gateway: exactly one may get it. */
    private void race(int number, JsonNode slot) throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(RACE_CLIENTS);
        try {
            var ready = new CountDownLatch(RACE_CLIENTS);
            var go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < RACE_CLIENTS; i++) {
                String json = bookingJson(slot, "race-" + number + "-" + i);
                int gateway = i;
                answers.add(racers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return outcomes.booked(client.book(gateway, json), true);
                }));
            }
            ready.await(1, TimeUnit.MINUTES);
            go.countDown();
            int winners = 0;
            for (Future<String> answer : answers) {
                String reference = answer.get(3, TimeUnit.MINUTES);
                if (reference != null) {
                    winners++;
                    outcomes.raceWinners.add(reference);
                }
            }
            if (winners != 1) {
                outcomes.racesWithoutOneWinner.put(number, winners);
            }
        } finally {
            racers.shutdownNow();
        }
    }

    /** A page from content-service and a list from booking-service, in turn, until the bookings are done. */
    private Void read(AtomicBoolean loading) throws InterruptedException {
        for (int i = 0; loading.get(); i++) {
            String path = i % 2 == 0 ? "/" : "/api/booking/appointment-types";
            HttpResponse<String> read = client.get(i, path);
            outcomes.reads.incrementAndGet();
            if (read.statusCode() != 200) {
                outcomes.failedReads.add(path + ": " + read.statusCode());
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return null;
    }

    private static String bookingJson(JsonNode slot, String who) {
        return bookingJson(slot.path("practitionerId").asString(), slot.path("start").asString(), who);
    }

    private static String bookingJson(String practitionerId, String start, String who) {
        return JSON.writeValueAsString(Map.of("appointmentTypeId", ReminderPractitioners.VISIT_TYPE,
                "practitionerId", practitionerId, "start", start,
                "patient", Map.of("firstName", "Scale", "lastName", "Tester", "email", who + "@example.org",
                        "phone", "+15555550123")));
    }

    private static void add(Set<String> references, String reference) {
        if (reference != null) {
            references.add(reference);
        }
    }

    private static void awaitProgress(AtomicInteger done, int target) throws InterruptedException {
        while (done.get() < target) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
