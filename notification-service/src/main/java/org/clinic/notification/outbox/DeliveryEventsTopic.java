package org.clinic.notification.outbox;

import org.apache.kafka.clients.admin.NewTopic;
import org.clinic.notification.messaging.TopicProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** notification-service owns {@link org.clinic.events.Topics#DELIVERY_EVENTS} and creates it at startup if it is missing. */
@Configuration(proxyBeanMethods = false)
class DeliveryEventsTopic {

    @Bean
    NewTopic notificationDeliveryEventsTopic(TopicProperties topics) {
        return TopicBuilder.name(topics.deliveryEvents()).partitions(3).build();
    }
}
