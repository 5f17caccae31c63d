package org.clinic.notification.retention;

import java.time.Duration;
import java.time.ZoneOffset;
import org.clinic.platform.retention.RetentionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long notification-service keeps what it holds about patients; the platform's retention job purges the rest
 * (hourly, one instance at a time). The delivery log's rows stay (kind, channel, status, times, error): the desk's
 * history of what the patient was told; only what each message said, and to which address, goes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationRetention.Periods.class)
class NotificationRetention {

    /**
     * @param processedEvents   event ids remembered for deduplication; a later replay still changes nothing, since
     *                          the appointment's version check ignores events older than what was applied
     * @param messageBodies     a sent (or given up) message's subject stays; its text, HTML, calendar file and
     *                          recipient are blanked after this
     * @param reminderSnapshots reminders (and the appointment snapshot each keeps, with the patient's contact
     *                          details) are deleted this long after the appointment's start
     * @param manageLinks       sealed manage links are deleted this long after the appointment's start (sooner, when
     *                          it is cancelled or closed); no message needs one once the visit has begun
     */
    @ConfigurationProperties("clinic.retention")
    record Periods(
            @DefaultValue("30d") Duration processedEvents,
            @DefaultValue("90d") Duration messageBodies,
            @DefaultValue("7d") Duration reminderSnapshots,
            @DefaultValue("0s") Duration manageLinks) {
    }

    @Bean
    RetentionRule processedEventsRetention(Periods periods) {
        return RetentionRule.deleteRowsOlderThan("processed-events", periods.processedEvents(),
                "processed_event", "processed_at");
    }

    @Bean
    RetentionRule reminderSnapshotsRetention(Periods periods) {
        return RetentionRule.deleteRowsOlderThan("reminder-snapshots", periods.reminderSnapshots(),
                "reminder", "start_at");
    }

    @Bean
    RetentionRule manageLinksRetention(Periods periods) {
        return RetentionRule.deleteRowsOlderThan("manage-links", periods.manageLinks(), "manage_link", "start_at");
    }

    /** A message still waiting to go out keeps its body, however old: the dispatcher needs it. */
    @Bean
    RetentionRule messageBodiesRetention(Periods periods) {
        return new RetentionRule("message-bodies", periods.messageBodies(), (jdbc, cutoff, limit) -> jdbc.sql("""
                        UPDATE notification SET body_text = NULL, body_html = NULL, attachment = NULL, recipient = NULL
                        WHERE id IN (SELECT id FROM notification
                                     WHERE created_at < :cutoff AND status <> 'PENDING'
                                       AND (body_text IS NOT NULL OR body_html IS NOT NULL OR attachment IS NOT NULL
                                            OR recipient IS NOT NULL)
                                     LIMIT :limit)""")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).param("limit", limit).update());
    }
}
