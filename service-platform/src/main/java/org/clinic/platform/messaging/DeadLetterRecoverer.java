package org.clinic.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.clinic.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Dead-letters an unreadable record: first into the service's store (what the operator sees and replays), then, as
 * it was, to {@code <topic>.DLT} with Spring Kafka's exception headers (for tools that watch topics).
 *
 * <p>Either step may fail while the database or the broker is away; the error handler then keeps the record's
 * offset and tries again after a wait ({@link DeadLetterBackOff}), so nothing is lost. The order makes the retry
 * harmless: the store is idempotent per topic, partition and offset, so a record stored before the topic publish
 * failed is not stored twice. At worst the topic gets the record twice (published, but the acknowledgement lost).
 */
public class DeadLetterRecoverer implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final DeadLetters store;
    private final DeadLetterPublishingRecoverer topic;

    public DeadLetterRecoverer(DeadLetters store, KafkaOperations<?, ?> kafka) {
        this.store = store;
        // Partition -1 lets the producer choose by key, so the DLT need not mirror the source's partition count.
        this.topic = new DeadLetterPublishingRecoverer(kafka,
                (record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception cause) {
        boolean first = store.store(record, cause);
        topic.accept(record, cause);
        if (first) {
            log.warn("Dead-lettered {}-{}@{}: {}; an admin can see and replay it (docs/operations.md)",
                    record.topic(), record.partition(), record.offset(), RecordFaults.reason(cause));
        }
    }
}
