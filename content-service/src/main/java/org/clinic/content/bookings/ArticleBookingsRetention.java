package org.clinic.content.bookings;

import java.time.Duration;
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

    @Bean
    RetentionRule articleBookingRowsRetention() {
        return RetentionRule.deleteRowsOlderThan("article-bookings", ArticleBookingFigures.LONG.plusDays(10),
                "article_booking", "booked_at");
    }
}
