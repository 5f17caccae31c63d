package org.clinic.system.scale;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;

/** What the clients were answered, collected from many threads. */
final class Outcomes {

    /** Reference of every booking made, by the kind of booking. */
    final Set<String> reminderBookings = ConcurrentHashMap.newKeySet();
    final Set<String> ordinaryBookings = ConcurrentHashMap.newKeySet();
    final Set<String> raceWinners = ConcurrentHashMap.newKeySet();
    /** When the last reminder visit was booked: their reminders are only scheduled if that is before they are due. */
    final AtomicReference<Instant> reminderVisitsBookedBy = new AtomicReference<>(Instant.MIN);
    final AtomicInteger attempted = new AtomicInteger();
    final AtomicInteger racesLost = new AtomicInteger();
    /** Races that did not end with exactly one booking: race number to its 201 count. */
    final Map<Integer, Integer> racesWithoutOneWinner = new ConcurrentHashMap<>();
    /** Answers that were neither the booking nor a lost race: status and body, for the failure message. */
    final List<String> unexpected = new CopyOnWriteArrayList<>();
    final AtomicInteger reads = new AtomicInteger();
    final List<String> failedReads = new CopyOnWriteArrayList<>();

    /** The reference of a 201, else null (the answer noted as unexpected unless it is a lost race's 409). */
    String booked(HttpResponse<String> response, boolean mayLose) {
        attempted.incrementAndGet();
        if (response.statusCode() == 201) {
            return JsonMapper.shared().readTree(response.body()).path("reference").asString();
        }
        if (mayLose && response.statusCode() == 409) {
            racesLost.incrementAndGet();
        } else {
            unexpected.add(response.statusCode() + " " + response.body());
        }
        return null;
    }

    int made() {
        return reminderBookings.size() + ordinaryBookings.size() + raceWinners.size();
    }
}
