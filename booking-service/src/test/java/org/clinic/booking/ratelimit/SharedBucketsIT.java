package org.clinic.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.booking.patient.PhoneNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances of booking-service draw on the same buckets: here the running service and a second limiter built
 * the way the service builds its own, on the same database, as another instance would be.
 */
@TestPropertySource(properties = "clinic.booking.rate-limits.bookings-per-address=4/1h")
class SharedBucketsIT extends BookingIntegrationTest {

    private static final String ADDRESS = "203.0.113.44";

    @Autowired
    DataSource dataSource;

    @Autowired
    RateLimitProperties properties;

    @Autowired
    PhoneNumbers phoneNumbers;

    private RateLimits otherInstance;

    @BeforeEach
    void startOtherInstance() {
        otherInstance = new RateLimits(new RateLimitConfiguration().rateLimitBuckets(dataSource), properties,
                phoneNumbers);
    }

    @Test
    void whatOneInstanceTookTheOtherCannotGiveAgain() {
        otherInstance.bookingFrom(fromAddress());
        otherInstance.bookingFrom(fromAddress());

        List<Integer> statuses = List.of(book("2026-12-01T11:00:00-05:00", 1), book("2026-12-01T11:30:00-05:00", 2),
                book("2026-12-01T12:00:00-05:00", 3));

        assertThat(statuses).containsExactly(201, 201, 429);
        assertThatThrownBy(() -> otherInstance.bookingFrom(fromAddress())).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void twoInstancesTakingAtOnceGiveOutExactlyTheLimit() throws Exception {
        RateLimits thisInstance = new RateLimits(new RateLimitConfiguration().rateLimitBuckets(dataSource),
                properties, phoneNumbers);

        List<Boolean> taken = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                RateLimits limits = i % 2 == 0 ? thisInstance : otherInstance;
                tries.add(pool.submit(() -> {
                    try {
                        limits.bookingFrom(fromAddress());
                        return true;
                    } catch (TooManyRequests e) {
                        return false;
                    }
                }));
            }
            for (Future<Boolean> t : tries) {
                taken.add(t.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(taken).hasSize(40).filteredOn(t -> t).hasSize(4);
    }

    @Test
    void bucketsThatHaveFilledUpAgainAreForgotten() {
        otherInstance.bookingFrom(fromAddress());
        assertThat(rows()).isEqualTo(1);
        // As if the hour it takes to fill up again had passed.
        jdbc.sql("UPDATE rate_limit_bucket SET expires_at = expires_at - 3600 * 1000").update();

        new FullBuckets(new RateLimitConfiguration().rateLimitBuckets(dataSource)).forget();

        assertThat(rows()).isZero();
    }

    private int book(String start, int n) {
        TestHttp.Response response = http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, start, "shared" + n + "@example.org"), "X-Client-Address", ADDRESS);
        return response.status();
    }

    private static MockHttpServletRequest fromAddress() {
        var request = new MockHttpServletRequest();
        request.addHeader(ClientAddress.HEADER, ADDRESS);
        return request;
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM rate_limit_bucket").query(Long.class).single();
    }
}
