package org.clinic.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The notification half of "Kafka was away while 100 bookings were made": booking-service's outbox keeps its events
 * while the broker is down (booking's own tests), and when they arrive they form a backlog this consumer has not
 * read. Here the consumer is stopped while 100 bookings (and a redelivered copy of ten of them) pile up on the
 * topic; once it runs again every patient gets exactly one confirmation.
 */
class BacklogCatchUpIT extends NotificationIntegrationTest {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aStoppedConsumerCatchesUpOnOneHundredBookingsAndConfirmsEachExactlyOnce() {
        MessageListenerContainer consumer = listeners.getListenerContainer(AppointmentEventsListener.ID);
        List<TestAppointment> bookings = IntStream.range(0, 100).mapToObj(i -> appointment()).toList();
        List<String> events = bookings.stream().map(TestAppointment::booked).toList();
        consumer.stop();
        try {
            for (int i = 0; i < bookings.size(); i++) {
                publish(bookings.get(i).key(), events.get(i));
            }
            for (int i = 0; i < 10; i++) {
                publish(bookings.get(i).key(), events.get(i));
            }
            assertThat(notificationsFor(bookings)).as("nothing is handled while the consumer is away").isZero();
        } finally {
            consumer.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> sentFor(bookings) == 100);
        assertThat(bookings).allSatisfy(b -> assertThat(mailTo(b.email())).hasSize(1));
        assertThat(notificationsFor(bookings)).isEqualTo(100);
    }

    private int notificationsFor(List<TestAppointment> bookings) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE appointment_id IN (:ids)")
                .param("ids", bookings.stream().map(b -> b.id).toList()).query(Integer.class).single();
    }

    private int sentFor(List<TestAppointment> bookings) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE status = 'SENT' AND appointment_id IN (:ids)")
                .param("ids", bookings.stream().map(b -> b.id).toList()).query(Integer.class).single();
    }
}
