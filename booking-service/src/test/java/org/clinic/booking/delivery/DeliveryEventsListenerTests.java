package org.clinic.booking.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinic.events.Topics;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DeliveryEventsListenerTests {

    private final DeliveryEventsListener listener = new DeliveryEventsListener(null,
            new DeliveryProperties(Topics.DELIVERY_EVENTS),
            JsonMapper.builder().build());

    @Test
    void anUnreadableRecordIsRefusedWithoutQuotingItsValuesInTheMessageOrItsCauses() {
        String json = "{\"eventType\": \"NotificationFailed\", \"eventId\": \"ana.ruiz@example.org\"}";

        Throwable refused = catchThrowable(() -> listener.on(new ConsumerRecord<>("t", 0, 0, "k", json)));

        assertThat(refused).isInstanceOf(UnreadableRecordException.class)
                .hasMessageStartingWith("Not a delivery event").hasNoCause();
        assertThat(refused.getMessage()).doesNotContain("ana.ruiz@example.org");
    }
}
