package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.booking.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The public booking is rate-limited per client address and per email and phone (429 with Retry-After), before
 * anything is stored; the desk is not.
 */
@TestPropertySource(properties = {"clinic.booking.rate-limits.bookings-per-address=10/1h",
        "clinic.booking.rate-limits.bookings-per-contact=3/1h"})
class BookingRateLimitIT extends BookingIntegrationTest {

    private static final String ADDRESS = "203.0.113.7";

    @Test
    void twoHundredBookingsFromOneAddressStoreExactlyAsManyAsTheLimitAllows() throws Exception {
        List<String> starts = freeAdjustmentStarts(200);
        List<TestHttp.Response> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<TestHttp.Response>> sent = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                int n = i;
                sent.add(pool.submit(() -> http.post("/api/booking/appointments", contact(TestBookings.online(
                        ADJUSTMENT, LIN, starts.get(n), "flood" + n + "@example.org"), "+1 212 555 %04d".formatted(n)),
                        "X-Client-Address", ADDRESS)));
            }
            for (Future<TestHttp.Response> response : sent) {
                responses.add(response.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).extracting(TestHttp.Response::status).containsOnly(201, 429);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(10);
        List<TestHttp.Response> refused = responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(refused).hasSize(190).allSatisfy(r -> {
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("title").asString()).isEqualTo("Too many requests");
            assertThat(r.json().get("detail").asString()).contains("booking requests from your network");
            // Ten an hour, refilled evenly: the next one is at most six minutes away.
            assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 360);
        });
        assertThat(count("SELECT count(*) FROM appointment")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM patient")).isEqualTo(10);
    }

    @Test
    void anotherAddressIsNotHeldBackByTheFirstOnesLimit() {
        List<String> starts = freeAdjustmentStarts(12);
        for (int i = 0; i < 11; i++) {
            book(starts.get(i), "first" + i + "@example.org", "+1 212 555 01%02d".formatted(i), ADDRESS);
        }

        var other = book(starts.get(11), "second@example.org", "+1 212 555 0177", "198.51.100.20");

        assertThat(other.status()).isEqualTo(201);
    }

    @Test
    void oneEmailIsLimitedFromWhicheverAddressItComesAndHoweverItIsWritten() {
        List<String> starts = freeAdjustmentStarts(4);
        List<String> emails = List.of("Kim@Example.org", "kim@example.org", "KIM@EXAMPLE.ORG", "kim@example.org");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(book(starts.get(i), emails.get(i), "+1 212 555 02%02d".formatted(i), "198.51.100." + i)
                    .status());
        }

        assertThat(statuses).containsExactly(201, 201, 201, 429);
        assertThat(count("SELECT count(*) FROM appointment")).isEqualTo(3);
    }

    @Test
    void onePhoneNumberIsLimitedHoweverItIsWritten() {
        List<String> starts = freeAdjustmentStarts(4);
        List<String> phones = List.of("(212) 555-0188", "+1 212 555 0188", "212.555.0188", "2125550188");
        List<TestHttp.Response> responses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            responses.add(book(starts.get(i), "phone" + i + "@example.org", phones.get(i), "198.51.100." + i));
        }

        assertThat(responses).extracting(TestHttp.Response::status).containsExactly(201, 201, 201, 429);
        var refused = responses.get(3);
        assertThat(refused.json().get("detail").asString()).contains("email address or phone number");
        // Three an hour: the next one in at most twenty minutes.
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 1200);
        assertThat(count("SELECT count(*) FROM appointment")).isEqualTo(3);
    }

    @Test
    void theDeskBooksForCallersFromAnAddressThatIsOverTheLimit() {
        List<String> starts = freeAdjustmentStarts(25);
        for (int i = 0; i < 10; i++) {
            book(starts.get(i), "web" + i + "@example.org", "+1 212 555 03%02d".formatted(i), ADDRESS);
        }
        assertThat(book(starts.get(10), "web10@example.org", "+1 212 555 0310", ADDRESS).status()).isEqualTo(429);

        List<Integer> desk = new ArrayList<>();
        for (int i = 11; i < 25; i++) {
            // The same caller each time: no limit per contact at the desk either.
            desk.add(http.post("/api/booking/desk/appointments", DeskBookingIT.deskBooking(ADJUSTMENT, LIN,
                    starts.get(i), Map.of("firstName", "Cal", "lastName", "Ler", "email", "kim@example.org",
                            "phone", "(212) 555-0188")),
                    "Authorization", DeskBookingIT.DESK[1], "X-Client-Address", ADDRESS).status());
        }

        assertThat(desk).hasSize(14).containsOnly(201);
    }

    @Test
    void theBookingFormOverTheLimitShowsItselfAgainWithWhatWasTypedAndWhenToComeBack() {
        List<String> starts = freeAdjustmentStarts(11);
        for (int i = 0; i < 10; i++) {
            book(starts.get(i), "web" + i + "@example.org", "+1 212 555 04%02d".formatted(i), ADDRESS);
        }
        var browser = new PageClient("http://localhost:" + port);
        Map<String, String> form = BookingFormIT.filledIn(starts.get(10), "dana@example.org");
        form.put("firstName", "Dana");
        form.put("notes", "Left shoulder");

        var page = browser.post("/book/details", form, "X-Client-Address", ADDRESS);

        assertThat(page.status()).isEqualTo(429);
        assertThat(Integer.parseInt(page.header("Retry-After"))).isBetween(1, 360);
        assertThat(page.one("#rate-limited").text()).contains("too many booking requests from your network",
                "Please try again in", "call us at (555) 555-0142");
        // The pinned clock says 7:00 AM in the clinic; the next booking is due within six minutes.
        assertThat(page.one("#retry-at").text()).matches("7:0[1-6] AM");
        assertThat(page.one("input[name=firstName]").val()).isEqualTo("Dana");
        assertThat(page.one("input[name=email]").val()).isEqualTo("dana@example.org");
        assertThat(page.one("textarea[name=notes]").text()).isEqualTo("Left shoulder");
        // The same key: had an earlier send of this form booked, sending it later finds that booking.
        assertThat(page.one("input[name=idempotencyKey]").val()).isEqualTo(form.get("idempotencyKey"));
        assertThat(count("SELECT count(*) FROM appointment")).isEqualTo(10);
    }

    private TestHttp.Response book(String start, String email, String phone, String address) {
        return http.post("/api/booking/appointments", contact(TestBookings.online(ADJUSTMENT, LIN, start, email),
                phone), "X-Client-Address", address);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contact(Map<String, Object> booking, String phone) {
        ((Map<String, Object>) booking.get("patient")).put("phone", phone);
        return booking;
    }

    /** Dr. Lin's adjustments (30 minutes, no buffer) on the hour and half hour: none of them overlap. */
    private List<String> freeAdjustmentStarts(int wanted) {
        List<String> starts = new ArrayList<>();
        for (String from : List.of("2026-12-01", "2026-12-29")) {
            String to = from.equals("2026-12-01") ? "2026-12-28" : "2027-01-25";
            var slots = http.get("/api/booking/slots?appointmentTypeId=" + ADJUSTMENT + "&practitionerId=" + LIN
                    + "&from=" + from + "&to=" + to).json().get("slots");
            for (var slot : slots) {
                String start = slot.get("start").asString();
                if (OffsetDateTime.parse(start).getMinute() % 30 == 0 && starts.size() < wanted) {
                    starts.add(start);
                }
            }
        }
        assertThat(starts).hasSize(wanted);
        return starts;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
