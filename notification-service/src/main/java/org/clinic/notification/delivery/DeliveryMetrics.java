package org.clinic.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts messages by the final status they reached ({@value #MESSAGES}: sent, failed for good, suppressed), by kind
 * and channel; docs/operations.md, "Metrics". Counted once the status has committed, so a batch whose transaction
 * rolled back (and is sent again) does not count twice. Messages waiting for another attempt are a gauge,
 * {@link RetryingMessages}.
 */
@Component
class DeliveryMetrics {

    static final String MESSAGES = "clinic.messages";

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from the start, at zero: a rate over the first failure is not lost.
        for (NotificationKind kind : NotificationKind.values()) {
            for (Channel channel : Channel.values()) {
                for (DeliveryStatus status : DeliveryStatus.values()) {
                    if (status != DeliveryStatus.PENDING) {
                        counter(kind, channel, status);
                    }
                }
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DeliveryOutcome outcome) {
        counter(outcome.kind(), outcome.channel(), outcome.status()).increment();
    }

    private Counter counter(NotificationKind kind, Channel channel, DeliveryStatus status) {
        return Counter.builder(MESSAGES)
                .description("Messages that reached a final status (sent, failed, suppressed), by kind and channel")
                .tag("kind", lower(kind))
                .tag("channel", lower(channel))
                .tag("outcome", lower(status))
                .register(registry);
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
