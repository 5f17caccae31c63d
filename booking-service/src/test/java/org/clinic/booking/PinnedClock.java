package org.clinic.booking;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Time stands still at {@link BookingIntegrationTest#NOW} in booking integration tests. */
@TestConfiguration(proxyBeanMethods = false)
public class PinnedClock {

    @Bean
    @Primary
    Clock pinnedClock() {
        return Clock.fixed(BookingIntegrationTest.NOW, ZoneOffset.UTC);
    }
}
