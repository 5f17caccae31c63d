package org.clinic.notification.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.clinic.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The consumer's fault handling is service-platform's ({@code org.clinic.platform.messaging}): database or broker
 * outages are retried without limit; only unreadable records go to the dead-letter store and {@code <topic>.DLT},
 * and the message such a record should have caused shows as FAILED in its appointment's delivery log
 * ({@link DeadLetterLog}). This service only declares its dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandlingConfig {

    @Bean
    NewTopic appointmentEventsDeadLetterTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.deadLetter(topics.appointmentEvents())).partitions(1).build();
    }
}
