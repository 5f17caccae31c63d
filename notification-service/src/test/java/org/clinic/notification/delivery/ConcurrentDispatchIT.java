package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.mail.OutgoingEmail;
import org.clinic.platform.tracing.TraceParents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class ConcurrentDispatchIT extends NotificationIntegrationTest {

    @Autowired
    DeliveryLog deliveryLog;

    @Autowired
    DispatchQueue queue;

    @Autowired
    BatchSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DispatchProperties properties;

    @Autowired
    TraceParents traces;

    @Test
    void dispatchersWorkingOneQueueNeverSendTheSameMessageTwice() {
        UUID appointmentId = UUID.randomUUID();
        List<String> recipients = IntStream.range(0, 30).mapToObj(i -> uniqueEmail()).toList();
        // Two more dispatchers, as other instances would run, race the application's own one.
        List<Dispatcher> others = List.of(new Dispatcher(queue, sender, transactions, properties, traces),
                new Dispatcher(queue, sender, transactions, properties, traces));
        try {
            transactions.executeWithoutResult(tx -> recipients.forEach(to -> deliveryLog.queue(appointmentId,
                    UUID.randomUUID(), NotificationKind.CONFIRMATION,
                    OutgoingMessage.email(new OutgoingEmail(to, "Hello", "Hi", "<p>Hi</p>")), clock.instant())));
            others.forEach(Dispatcher::start);

            await().atMost(Duration.ofSeconds(20)).until(() ->
                    statuses(appointmentId).stream().filter("SENT"::equals).count() == recipients.size());
        } finally {
            others.forEach(Dispatcher::stop);
        }
        assertThat(recipients).allSatisfy(to -> assertThat(mailTo(to)).hasSize(1));
        assertThat(jdbc.sql("SELECT DISTINCT attempts FROM notification WHERE appointment_id = :id")
                .param("id", appointmentId).query(Integer.class).list()).containsExactly(1);
    }
}
