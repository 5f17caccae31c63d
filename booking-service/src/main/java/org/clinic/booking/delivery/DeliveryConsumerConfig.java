package org.clinic.booking.delivery;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.clinic.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * A listener container factory of this feature's own, so its retry and dead-letter policy applies to the delivery
 * consumer only: failures retry with exponential back-off, then the record goes unchanged to {@code <topic>.DLT};
 * unreadable records go there at once. Consumer settings are Boot's {@code spring.kafka.consumer.*};
 * the group id is the listener's ({@link org.clinic.events.ConsumerGroups#BOOKING_SERVICE}).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConsumerConfig {

    static final String FACTORY = "deliveryEventsListenerFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> deliveryEventsListenerFactory(
            ConsumerFactory<Object, Object> consumerFactory, KafkaTemplate<?, ?> template,
            DeliveryProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(properties.maxRetries());
        backOff.setInitialInterval(properties.firstRetryAfter().toMillis());
        backOff.setMaxInterval(properties.maxRetryAfter().toMillis());
        var errorHandler = new DefaultErrorHandler(recoverer, backOff);
        errorHandler.addNotRetryableExceptions(DeliveryEventsListener.UnreadableDeliveryEvent.class);
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        factory.setConsumerFactory(consumerFactory);
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }

    @Bean
    NewTopic deliveryEventsDeadLetterTopic(DeliveryProperties properties) {
        return TopicBuilder.name(Topics.deadLetter(properties.topic())).partitions(1).build();
    }
}
