package org.clinic.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SlotSearchIT extends BookingIntegrationTest {

    @Test
    void theCatalogueListsTheDemoClinicsTypesAndPractitioners() {
        var types = http.get("/api/booking/appointment-types").json();
        assertThat(types).hasSize(5);
        assertThat(types.get(0).get("name").asString()).isEqualTo("Initial evaluation");
        assertThat(types.get(0).get("durationMinutes").asInt()).isEqualTo(60);
        assertThat(types.get(0).get("bufferMinutes").asInt()).isEqualTo(15);
        assertThat(types.get(0).get("practitionerIds")).hasSize(3);
        var practitioners = http.get("/api/booking/practitioners").json();
        assertThat(practitioners).hasSize(3);
        assertThat(practitioners.get(0).get("credentials").asString()).isNotBlank();
        var clinic = http.get("/api/booking/clinic").json();
        assertThat(clinic.get("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(clinic.get("policy").get("minNoticeMinutes").asInt()).isEqualTo(120);
    }

    @Test
    void slotsFollowTheGridWithinWorkingHoursAndSkipTheBreak() {
        // Tuesday: Dr. Lin works 11:00-14:00 and 15:00-19:00; adjustments last 30 minutes with no buffer.
        var body = http.get("/api/booking/slots?appointmentTypeId=" + ADJUSTMENT + "&from=2026-12-01&to=2026-12-01").json();

        assertThat(body.get("timeZone").asString()).isEqualTo("America/New_York");
        List<String> starts = starts(body);
        assertThat(starts).hasSize(12 + 16 - 2);
        assertThat(starts.get(0)).isEqualTo("2026-12-01T11:00:00-05:00");
        assertThat(starts).contains("2026-12-01T13:30:00-05:00", "2026-12-01T15:00:00-05:00", "2026-12-01T18:30:00-05:00")
                .doesNotContain("2026-12-01T14:00:00-05:00", "2026-12-01T14:45:00-05:00", "2026-12-01T18:45:00-05:00");
        assertThat(body.get("slots").get(0).get("end").asString()).isEqualTo("2026-12-01T11:30:00-05:00");
    }

    @Test
    void todayStartsAfterTheMinimumNoticeAndBookedTimeDisappears() {
        // It is 07:00 in New York; two hours' notice makes 09:00 the first bookable start.
        String query = "/api/booking/slots?appointmentTypeId=" + EVALUATION + "&from=2026-11-30&to=2026-11-30&practitionerId=" + OKAFOR;
        List<String> before = starts(http.get(query).json());
        assertThat(before.get(0)).isEqualTo("2026-11-30T09:00:00-05:00");
        // 60 minutes + 15 buffer must end by the 12:00 lunch break and the 17:00 close.
        assertThat(before).contains("2026-11-30T10:45:00-05:00", "2026-11-30T15:45:00-05:00")
                .doesNotContain("2026-11-30T11:00:00-05:00", "2026-11-30T16:00:00-05:00");

        assertThat(http.post("/api/booking/appointments", org.clinic.booking.appointment.TestBookings.online(
                EVALUATION, OKAFOR, "2026-11-30T13:00:00-05:00", "s@example.org")).status()).isEqualTo(201);

        List<String> after = starts(http.get(query).json());
        // Taken 13:00-14:15: starts from 11:45 (whose 75 minutes would reach 13:00) up to 14:00 vanish.
        assertThat(after).doesNotContain("2026-11-30T13:00:00-05:00", "2026-11-30T14:00:00-05:00")
                .contains("2026-11-30T14:15:00-05:00");
    }

    @Test
    void theFrontDeskSeesSlotsInsideTheMinimumNoticeAndPatientsDoNot() {
        // It is 07:00 and Jordan Okafor opens at 08:00: two hours' notice hides 08:00 to 08:45 from patients.
        String query = "/api/booking/slots?appointmentTypeId=" + EVALUATION
                + "&from=2026-11-30&to=2026-11-30&practitionerId=" + OKAFOR;

        var patient = starts(http.get(query).json());
        var desk = starts(http.get(query, "Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")).json());
        var admin = starts(http.get(query, "Authorization", "Bearer " + StaffTokens.valid("ADMIN")).json());
        var editor = starts(http.get(query, "Authorization", "Bearer " + StaffTokens.valid("EDITOR")).json());

        assertThat(patient.get(0)).isEqualTo("2026-11-30T09:00:00-05:00");
        assertThat(desk.subList(0, 5)).containsExactly("2026-11-30T08:00:00-05:00", "2026-11-30T08:15:00-05:00",
                "2026-11-30T08:30:00-05:00", "2026-11-30T08:45:00-05:00", "2026-11-30T09:00:00-05:00");
        assertThat(admin).isEqualTo(desk);
        assertThat(editor).isEqualTo(patient);
        assertThat(http.get(query, "Authorization", "Bearer " + StaffTokens.forged("FRONT_DESK")).status())
                .isEqualTo(401);
    }

    @Test
    void aRangeAcrossManyDaysIsSortedByStartThenPractitioner() {
        var slots = http.get("/api/booking/slots?appointmentTypeId=" + EVALUATION + "&from=2026-12-01&to=2026-12-31").json()
                .get("slots");
        assertThat(slots.size()).isGreaterThan(100);
        for (int i = 1; i < slots.size(); i++) {
            String previous = slots.get(i - 1).get("start").asString();
            String current = slots.get(i).get("start").asString();
            assertThat(java.time.OffsetDateTime.parse(previous)).isBeforeOrEqualTo(java.time.OffsetDateTime.parse(current));
        }
    }

    @Test
    void aLongAnswerIsGzippedForClientsThatAskForItAndPlainForOthers() throws Exception {
        URI month = URI.create("http://localhost:" + port + "/api/booking/slots?appointmentTypeId=" + EVALUATION
                + "&from=2026-12-01&to=2026-12-31");
        var client = HttpClient.newHttpClient();

        var gzipped = client.send(HttpRequest.newBuilder(month).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        var plain = client.send(HttpRequest.newBuilder(month).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        byte[] unpacked;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            unpacked = in.readAllBytes();
        }
        assertThat(unpacked).isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 5);
    }

    private static List<String> starts(JsonNode body) {
        List<String> starts = new ArrayList<>();
        body.get("slots").forEach(s -> starts.add(s.get("start").asString()));
        return starts;
    }
}
