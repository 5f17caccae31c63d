package org.clinic.booking.retention;

import java.time.Duration;
import org.clinic.platform.retention.RetentionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long booking-service keeps what it only needs for a while; the platform's retention job purges the rest
 * (hourly, one instance at a time). Appointments and patients themselves are the clinic's records and stay.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BookingRetention.Periods.class)
class BookingRetention {

    /**
     * @param processedEvents how long a delivery event's id is remembered for deduplication; Kafka redelivers within
     *                        minutes, and an older replay is still harmless: a summary never goes back in time
     * @param auditTrail      who changed which appointment, when; the desk's history shows it
     */
    @ConfigurationProperties("clinic.retention")
    record Periods(@DefaultValue("30d") Duration processedEvents, @DefaultValue("730d") Duration auditTrail) {
    }

    @Bean
    RetentionRule processedEventsRetention(Periods periods) {
        return RetentionRule.deleteRowsOlderThan("processed-events", periods.processedEvents(),
                "delivery_event_processed", "processed_at");
    }

    @Bean
    RetentionRule auditTrailRetention(Periods periods) {
        return RetentionRule.deleteRowsOlderThan("audit-trail", periods.auditTrail(), "appointment_audit", "at");
    }
}
