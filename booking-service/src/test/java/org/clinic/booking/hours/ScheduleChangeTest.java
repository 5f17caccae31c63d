package org.clinic.booking.hours;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * Integration tests that change schedules. The database is shared by every booking test in the JVM, so each test
 * here (and the desk's hours pages) starts without time off or closures and puts the demo clinic's weekly hours back when it is done.
 */
public abstract class ScheduleChangeTest extends BookingIntegrationTest {

    protected static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};
    protected static final String[] EDITOR = {"Authorization", "Bearer " + StaffTokens.valid("EDITOR")};
    /** Closures are a clinic-wide setting: admins alone. */
    protected static final String[] ADMIN = {"Authorization", "Bearer " + StaffTokens.valid("ADMIN")};

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private record Hours(UUID practitioner, int day, LocalTime start, LocalTime end) {
    }

    private List<Hours> demoHours;

    @BeforeEach
    void rememberTheWeekAndClearAbsences() {
        demoHours = jdbc.sql("SELECT practitioner_id, day_of_week, start_time, end_time FROM working_hours")
                .query((rs, n) -> new Hours(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class)))
                .list();
        clearAbsences();
    }

    @AfterEach
    void restoreTheWeekAndClearAbsences() {
        clearAbsences();
        jdbc.sql("DELETE FROM working_hours").update();
        for (Hours h : demoHours) {
            jdbc.sql("INSERT INTO working_hours VALUES (:p, :d, :s, :e)").param("p", h.practitioner())
                    .param("d", h.day()).param("s", h.start()).param("e", h.end()).update();
        }
    }

    private void clearAbsences() {
        jdbc.sql("DELETE FROM time_off").update();
        jdbc.sql("DELETE FROM clinic_closure").update();
    }

    /** Books online and returns the reference. */
    protected String book(UUID type, UUID practitioner, String start) {
        var response = http.post("/api/booking/appointments",
                TestBookings.online(type, practitioner, start, UUID.randomUUID() + "@example.org"));
        if (response.status() != 201) {
            throw new AssertionError("booking " + start + " failed: " + response.body());
        }
        return response.json().get("reference").asString();
    }

    protected String status(String reference) {
        return jdbc.sql("SELECT status FROM appointment WHERE reference = :r").param("r", reference)
                .query(String.class).single();
    }

    protected List<String> slotStarts(UUID type, UUID practitioner, String from, String to, String... headers) {
        String query = "/api/booking/slots?appointmentTypeId=" + type + "&from=" + from + "&to=" + to
                + (practitioner == null ? "" : "&practitionerId=" + practitioner);
        List<String> starts = new ArrayList<>();
        http.get(query, headers).json().get("slots").forEach(s -> starts.add(s.get("start").asString()));
        return starts;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    /** TestHttp has no PUT or DELETE, nor a POST with any content type and headers; only needed here. */
    TestHttp.Response put(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    TestHttp.Response post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    TestHttp.Response delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), headers);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static TestHttp.Response send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new TestHttp.Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
