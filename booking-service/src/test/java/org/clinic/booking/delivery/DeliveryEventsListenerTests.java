package org.clinic.booking.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinic.events.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DeliveryEventsListenerTests {

    private final DeliveryEventsListener listener = new DeliveryEventsListener(null,
            new DeliveryProperties(Topics.DELIVERY_EVENTS, Duration.ofSeconds(1), Duration.ofMinutes(1), 10),
            JsonMapper.builder().build());

    @Test
    void anUnreadableRecordIsRefusedWithoutQuotingItsValuesInTheMessageOrItsCauses() {
        String json = "{\"eventType\": \"NotificationFailed\", \"eventId\": \"ana.ruiz@example.org\"}";

        Throwable refused = catchThrowable(() -> listener.on(new ConsumerRecord<>("t", 0, 0, "k", json)));

        assertThat(refused).isInstanceOf(DeliveryEventsListener.UnreadableDeliveryEvent.class)
                .hasMessageStartingWith("Not a delivery event").hasNoCause();
        assertThat(refused.getMessage()).doesNotContain("ana.ruiz@example.org");
    }
}
