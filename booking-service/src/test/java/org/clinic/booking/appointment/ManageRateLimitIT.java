package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.booking.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reaching an appointment by reference and manage token (pages or API) is limited per client address, so references
 * and tokens cannot be guessed at any useful speed; cancelling and moving are also limited per the appointment's
 * email and phone, since each change sends the patient a message.
 */
@TestPropertySource(properties = {"clinic.booking.rate-limits.manage-per-address=5/1h",
        "clinic.booking.rate-limits.manage-changes-per-contact=2/1h"})
class ManageRateLimitIT extends BookingIntegrationTest {

    private static final String GUESSER = "203.0.113.66";

    @Test
    void afterTheLimitEvenTheRightTokenIsRefusedSoGuessingGetsNowhere() {
        JsonNode booked = book("2026-12-02T09:00:00-05:00", "guessed@example.org");
        String path = "/api/booking/appointments/" + ManagePagesIT.reference(booked);
        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            guesses.add(http.get(path, "X-Manage-Token", "guess-" + i, "X-Client-Address", GUESSER).status());
        }

        var right = http.get(path, "X-Manage-Token", ManagePagesIT.token(booked), "X-Client-Address", GUESSER);

        assertThat(guesses).containsOnly(404);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.header("Content-Type")).startsWith("application/problem+json");
        assertThat(right.body()).doesNotContain("guessed@example.org", "Ruiz", "BOOKED");
        // Five an hour: one more every twelve minutes.
        assertThat(Integer.parseInt(right.header("Retry-After"))).isBetween(1, 720);
        assertThat(http.get(path, "X-Manage-Token", ManagePagesIT.token(booked), "X-Client-Address", "198.51.100.1")
                .status()).isEqualTo(200);
    }

    @Test
    void theManagePagesCountEveryRequestAndThenSayWhenToComeBack() {
        JsonNode booked = book("2026-12-02T09:00:00-05:00", "pages@example.org");
        String manage = "/manage/" + ManagePagesIT.reference(booked);
        var browser = new PageClient("http://localhost:" + port);
        assertThat(browser.get(manage, "X-Client-Address", GUESSER).status()).isEqualTo(200);
        assertThat(browser.post(manage, Map.of("token", ManagePagesIT.token(booked)), "X-Client-Address", GUESSER)
                .status()).isEqualTo(303);
        assertThat(browser.get(manage, "X-Client-Address", GUESSER).status()).isEqualTo(200);
        assertThat(browser.get(manage + "/cancel", "X-Client-Address", GUESSER).status()).isEqualTo(200);
        assertThat(browser.get(manage + "/reschedule", "X-Client-Address", GUESSER).status()).isEqualTo(200);

        var refused = browser.get(manage, "X-Client-Address", GUESSER);
        var tokenAgain = browser.post(manage, Map.of("token", ManagePagesIT.token(booked)),
                "X-Client-Address", GUESSER);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 720);
        assertThat(refused.one("h1").text()).isEqualTo("Too many requests");
        assertThat(refused.one("#rate-limited").text()).contains("too many requests about appointments from your"
                + " network", "call us at (555) 555-0142");
        assertThat(refused.one("#retry-at").text()).matches("7:(0[1-9]|1[0-2]) AM");
        assertThat(refused.body()).doesNotContain("Dr. Maya Lin", "Ruiz");
        assertThat(tokenAgain.status()).isEqualTo(429);
        assertThat(tokenAgain.one("#token-form")).isNotNull();
        assertThat(tokenAgain.one("#rate-limited").text()).contains("Please try again in");
        assertThat(tokenAgain.body()).doesNotContain(ManagePagesIT.token(booked));
        assertThat(tokenAgain.headers("Set-Cookie")).isEmpty();
    }

    @Test
    void changesToOnePatientsAppointmentsAreLimitedFromWhicheverAddress() {
        JsonNode booked = book("2026-12-02T09:00:00-05:00", "mover@example.org");
        String path = "/api/booking/appointments/" + ManagePagesIT.reference(booked) + "/reschedule";
        List<TestHttp.Response> moves = new ArrayList<>();
        List<String> times = List.of("2026-12-02T10:00:00-05:00", "2026-12-02T11:00:00-05:00",
                "2026-12-02T14:00:00-05:00");
        for (int i = 0; i < times.size(); i++) {
            moves.add(http.post(path, Map.of("start", times.get(i)), "X-Manage-Token", ManagePagesIT.token(booked),
                    "X-Client-Address", "198.51.100." + (10 + i)));
        }

        assertThat(moves).extracting(TestHttp.Response::status).containsExactly(200, 200, 429);
        assertThat(moves.get(2).json().get("detail").asString()).contains("changes to appointments for this email");
        assertThat(jdbc.sql("SELECT start_at = '2026-12-02 16:00Z' FROM appointment").query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void theCancelFormOverTheLimitShowsItselfAgainWithTheReasonKept() {
        JsonNode booked = book("2026-12-02T09:00:00-05:00", "canceller@example.org");
        String reference = ManagePagesIT.reference(booked);
        for (String start : List.of("2026-12-02T10:00:00-05:00", "2026-12-02T11:00:00-05:00")) {
            http.post("/api/booking/appointments/" + reference + "/reschedule", Map.of("start", start),
                    "X-Manage-Token", ManagePagesIT.token(booked));
        }
        var browser = new PageClient("http://localhost:" + port);
        browser.post("/manage/" + reference, Map.of("token", ManagePagesIT.token(booked)));

        var page = browser.post("/manage/" + reference + "/cancel", Map.of("reason", "Feeling better"));

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isNotBlank();
        assertThat(page.one("#rate-limited").text()).contains("changes to appointments");
        assertThat(page.one("textarea[name=reason]").text()).isEqualTo("Feeling better");
        assertThat(page.one("#confirm-cancel")).isNotNull();
        assertThat(jdbc.sql("SELECT status FROM appointment").query(String.class).single()).isEqualTo("BOOKED");
    }

    private JsonNode book(String start, String email) {
        var response = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, start, email));
        assertThat(response.status()).isEqualTo(201);
        return response.json();
    }
}
