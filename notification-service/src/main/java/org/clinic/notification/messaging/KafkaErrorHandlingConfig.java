package org.clinic.notification.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.clinic.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Failing records are retried with exponential back-off, then published unchanged to {@code <topic>.DLT}
 * (with Spring Kafka's exception headers) where an operator can inspect and replay them; the message such a record
 * should have caused shows as FAILED in its appointment's delivery log ({@link DeadLetterLog}).
 * Boot applies this {@code CommonErrorHandler} bean to the auto-configured listener container factory.
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandlingConfig {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> template, ConsumerRetryProperties retry,
            DeadLetterLog deadLetters) {
        // Partition -1 lets the producer choose by key, so the DLT need not mirror the source's partition count.
        var deadLetterTopic = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ConsumerRecordRecoverer recoverer = (record, ex) -> {
            deadLetterTopic.accept(record, ex);
            deadLetters.record(record, ex);
        };
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnreadableRecordException.class);
        return handler;
    }

    @Bean
    NewTopic appointmentEventsDeadLetterTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.deadLetter(topics.appointmentEvents())).partitions(1).build();
    }
}
