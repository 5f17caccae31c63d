package org.clinic.booking.clinic;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClinicConfiguration {

    /** One clock for all "now" decisions, so tests can pin time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
