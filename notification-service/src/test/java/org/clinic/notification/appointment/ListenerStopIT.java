package org.clinic.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.notification.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * A stopping instance (SIGTERM) hands the rest of its poll back to the group instead of working through it first
 * (clinic-platform.yml, {@code spring.kafka.listener.immediate-stop}). Without it, a busy instance's stop outlasted
 * the grace period and was killed while sending, and the other instance sent those messages again
 * (system-tests' TwoOfEverythingIT).
 */
class ListenerStopIT extends NotificationIntegrationTest {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void everyListenerStopsAfterTheRecordInHand() {
        assertThat(listeners.getListenerContainers()).isNotEmpty()
                .allSatisfy(container -> assertThat(container.getContainerProperties().isStopImmediate())
                        .as(container.getListenerId()).isTrue());
    }
}
