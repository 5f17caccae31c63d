package org.clinic.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.localstack.LocalStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a drill came to, counted where it lands: appointments in booking-service's database, confirmation emails in
 * the mail catcher. Prints the figures (and appends them to target/fault-drills.txt) before asserting, so a failed
 * drill still shows what it measured.
 */
final class Outcome {

    private static final Pattern CONFIRMATION = Pattern.compile("is booked \\(([A-Z0-9]{8})\\)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Outcome() {
    }

    /** How many confirmation emails each reference got. */
    static Map<String, Integer> confirmations(LocalStack stack) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.inboxUrl()
                + "/api/messages")).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode mail : JsonMapper.shared().readTree(response.body()).path("messages")) {
            Matcher matcher = CONFIRMATION.matcher(mail.path("subject").asString());
            if (matcher.find()) {
                counts.merge(matcher.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    static long mailCount(LocalStack stack) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.inboxUrl()
                + "/api/messages/count")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return JsonMapper.shared().readTree(response.body()).path("count").asLong();
    }

    /** Appointments per patient email of this drill's run in booking-service's database. */
    static Map<String, Integer> appointmentsByEmail(LocalStack stack, String run) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = DrillStack.database(stack, "booking");
             var s = c.prepareStatement("SELECT p.email, count(*) FROM appointment a JOIN patient p ON p.id = a.patient_id"
                     + " WHERE p.email LIKE ? GROUP BY p.email")) {
            s.setString(1, "drill-" + run + "-%");
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Accepted bookings each exist once and got exactly one confirmation; nothing else was booked. */
    static void assertEachBookedOnceAndConfirmedOnce(Map<String, String> booked, Map<String, Integer> inDatabase,
            Map<String, Integer> confirmations) {
        assertThat(inDatabase).as("appointments per patient in booking-service's database")
                .containsOnlyKeys(booked.keySet()).allSatisfy((email, count) -> assertThat(count).isEqualTo(1));
        Map<String, Integer> perBooking = new TreeMap<>();
        booked.values().forEach(reference -> perBooking.put(reference, confirmations.getOrDefault(reference, 0)));
        assertThat(perBooking).as("confirmation emails per booked reference")
                .allSatisfy((reference, count) -> assertThat(count).as(reference).isEqualTo(1));
    }

    static String latencies(List<Patients.Attempt> attempts) {
        if (attempts.isEmpty()) {
            return "none";
        }
        long[] millis = attempts.stream().mapToLong(Patients.Attempt::millis).sorted().toArray();
        Map<Integer, Long> byStatus = new TreeMap<>();
        attempts.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
        return String.format(Locale.ROOT, "%d (by status %s), answered in median %d ms, p95 %d ms, max %d ms",
                millis.length, byStatus, millis[millis.length / 2], millis[(int) (millis.length * 0.95)],
                millis[millis.length - 1]);
    }

    /** One line per figure, on the console and in target/fault-drills.txt (the figures the note quotes). */
    static synchronized void report(String drill, Map<String, Object> figures) throws IOException {
        StringBuilder text = new StringBuilder("== Fault drill: " + drill + System.lineSeparator());
        figures.forEach((name, value) -> text.append("   ").append(name).append(": ").append(value)
                .append(System.lineSeparator()));
        System.out.print(text);
        Files.writeString(Path.of("target", "fault-drills.txt"), text, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
