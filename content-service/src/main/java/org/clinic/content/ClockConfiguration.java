package org.clinic.content;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Every time decision (when a save happened, whether a scheduled article is due) reads this clock, so tests can
 * move it; and the scheduler that publishes scheduled articles runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
