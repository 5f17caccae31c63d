package org.clinic.booking.delivery;

import org.apache.kafka.clients.admin.NewTopic;
import org.clinic.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The delivery consumer runs in Boot's listener container factory with service-platform's fault handling
 * ({@code org.clinic.platform.messaging}): a failure that may pass (the database away) is retried without limit;
 * an unreadable record goes at once to the dead-letter store and to {@code <topic>.DLT}, declared here. Consumer
 * settings are Boot's {@code spring.kafka.consumer.*}; the group id is the listener's
 * ({@link org.clinic.events.ConsumerGroups#BOOKING_SERVICE}).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConsumerConfig {

    @Bean
    NewTopic deliveryEventsDeadLetterTopic(DeliveryProperties properties) {
        return TopicBuilder.name(Topics.deadLetter(properties.topic())).partitions(1).build();
    }
}
