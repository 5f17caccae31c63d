package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.booking.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * One patient holds at most {@code clinic.booking.max-future-online-bookings} upcoming visits booked online; the
 * next online booking is a 409 that says to call. Desk bookings neither count nor are held to it.
 */
@TestPropertySource(properties = "clinic.booking.max-future-online-bookings=3")
class FutureBookingCapIT extends BookingIntegrationTest {

    private static final List<String> STARTS = List.of("2026-12-01T11:00:00-05:00", "2026-12-01T11:30:00-05:00",
            "2026-12-01T12:00:00-05:00", "2026-12-01T12:30:00-05:00", "2026-12-01T13:00:00-05:00",
            "2026-12-01T13:30:00-05:00", "2026-12-01T15:00:00-05:00", "2026-12-01T15:30:00-05:00",
            "2026-12-01T16:00:00-05:00", "2026-12-01T16:30:00-05:00", "2026-12-01T17:00:00-05:00",
            "2026-12-01T17:30:00-05:00");

    @Test
    void aFourthUpcomingOnlineBookingIsRefusedWithThePhoneNumberToCall() {
        for (int i = 0; i < 3; i++) {
            assertThat(book(i, "cap@example.org").status()).isEqualTo(201);
        }

        var fourth = book(3, "Cap@Example.org");

        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fourth.json().get("title").asString()).isEqualTo("Too many upcoming online bookings");
        assertThat(fourth.json().get("detail").asString()).contains("already have 3 upcoming appointments",
                "call the clinic at (555) 555-0142");
        assertThat(fourth.json().get("maxFutureOnlineBookings").asInt()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM appointment")).isEqualTo(3);
    }

    @Test
    void cancelledAndPastVisitsNoLongerCount() {
        var first = book(0, "cap@example.org").json();
        book(1, "cap@example.org");
        var third = book(2, "cap@example.org").json();
        http.post("/api/booking/appointments/" + first.get("reference").asString() + "/cancel", Map.of(),
                "X-Manage-Token", first.get("manageToken").asString());
        // As if the visit had happened last week.
        jdbc.sql("""
                        UPDATE appointment SET start_at = start_at - interval '14 days', end_at = end_at - interval '14 days',
                            occupied = tstzrange(lower(occupied) - interval '14 days', upper(occupied) - interval '14 days')
                        WHERE reference = :reference""")
                .param("reference", third.get("reference").asString()).update();

        assertThat(book(3, "cap@example.org").status()).isEqualTo(201);
        assertThat(book(4, "cap@example.org").status()).isEqualTo(201);
        assertThat(book(5, "cap@example.org").status()).isEqualTo(409);
    }

    @Test
    void deskBookingsNeitherCountNorAreRefused() {
        for (int i = 0; i < 2; i++) {
            assertThat(desk(i, "cap@example.org").status()).isEqualTo(201);
        }
        for (int i = 2; i < 5; i++) {
            assertThat(book(i, "cap@example.org").status()).isEqualTo(201);
        }
        assertThat(book(5, "cap@example.org").status()).isEqualTo(409);

        assertThat(desk(6, "cap@example.org").status()).isEqualTo(201);
        assertThat(count("SELECT count(DISTINCT patient_id) FROM appointment")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM appointment")).isEqualTo(6);
    }

    @Test
    void ofTenRequestsRacingForTheLastPlaceExactlyOneBooks() throws Exception {
        book(0, "racer@example.org");
        book(1, "racer@example.org");
        var next = new AtomicInteger(2);

        List<TestHttp.Response> responses = IdempotencyIT.parallel(10, () -> book(next.getAndIncrement(),
                "Racer@example.org"));

        assertThat(responses).extracting(TestHttp.Response::status).containsOnly(201, 409);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).allSatisfy(r ->
                assertThat(r.json().get("title").asString()).isEqualTo("Too many upcoming online bookings"));
        assertThat(count("SELECT count(*) FROM appointment WHERE channel = 'ONLINE'")).isEqualTo(3);
    }

    @Test
    void theFormShowsItselfAgainWithWhatWasTypedAndTheClinicsPhone() {
        for (int i = 0; i < 3; i++) {
            book(i, "ana@example.org");
        }
        var browser = new PageClient("http://localhost:" + port);
        Map<String, String> form = BookingFormIT.filledIn(STARTS.get(3), "ana@example.org");
        form.put("notes", "Lower back again");

        var page = browser.post("/book/details", form);

        assertThat(page.status()).isEqualTo(409);
        var notice = page.one("#too-many-bookings");
        assertThat(notice.attr("role")).isEqualTo("alert");
        assertThat(notice.text()).contains("You already have 3 upcoming appointments booked online",
                "call us at (555) 555-0142");
        assertThat(notice.selectFirst("a[href^=tel:]")).isNotNull();
        assertThat(page.one("input[name=email]").val()).isEqualTo("ana@example.org");
        assertThat(page.one("textarea[name=notes]").text()).isEqualTo("Lower back again");
        assertThat(count("SELECT count(*) FROM appointment")).isEqualTo(3);
    }

    private TestHttp.Response book(int slot, String email) {
        return http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, STARTS.get(slot), email));
    }

    private TestHttp.Response desk(int slot, String email) {
        return http.post("/api/booking/desk/appointments", DeskBookingIT.deskBooking(ADJUSTMENT, LIN, STARTS.get(slot),
                Map.of("firstName", "Ana", "lastName", "Ruiz", "email", email, "phone", "+1 555 555 0123")),
                DeskBookingIT.DESK);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
