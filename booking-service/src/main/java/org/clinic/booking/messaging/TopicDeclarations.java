package org.clinic.booking.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * booking-service owns its topics and creates them at startup (if missing), so consumers that start first find
 * them instead of waiting for the first event to auto-create one. Several partitions allow several consumers.
 */
@Configuration(proxyBeanMethods = false)
class TopicDeclarations {

    @Bean
    NewTopic appointmentEventsTopic(TopicProperties topics) {
        return TopicBuilder.name(topics.appointmentEvents()).partitions(3).build();
    }
}
