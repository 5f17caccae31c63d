package org.clinic.content.bookings;

import java.time.Duration;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.retention.RetentionRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ids of applied appointment events are remembered only as long as Kafka could redeliver them; the bookings
 * themselves are kept as long as the figures look back (90 days) and a little more.
 */
@Configuration(proxyBeanMethods = false)
class ArticleBookingsRetention {

    @Bean
    RetentionRule processedAppointmentEventsRetention(
            @Value("${clinic.retention.processed-events:30d}") Duration keepFor) {
        return RetentionRule.deleteRowsOlderThan("processed-events", keepFor, "processed_event", "processed_at");
    }

    /** Unreadable appointment events (as received, with the patient's details) go 30 days after they arrived. */
    @Bean
    RetentionRule deadLettersRetention(@Value("${clinic.retention.dead-letters:30d}") Duration keepFor) {
        return DeadLetters.retention(keepFor);
    }

    @Bean
    RetentionRule articleBookingRowsRetention() {
        return RetentionRule.deleteRowsOlderThan("article-bookings", ArticleBookingFigures.LONG.plusDays(10),
                "article_booking", "booked_at");
    }
}
