package org.clinic.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a service does besides storing a new dead letter, e.g. marking the message an event should have caused as
 * failed. Runs in the store's transaction, once per record: if it fails, nothing is stored and dead-lettering is
 * tried again later, so the two never disagree.
 */
@FunctionalInterface
public interface DeadLetterHook {

    void deadLettered(ConsumerRecord<?, ?> record, Throwable cause, String reason);
}
