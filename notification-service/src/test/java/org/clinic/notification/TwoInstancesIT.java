package org.clinic.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.NewTopic;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Two more whole notification-services, as two deployed instances would run: one consumer group on a topic with
 * three partitions, one database, one SMTP server (and this test class's own instance dispatching alongside).
 * Halfway through, one instance shuts down mid-stream and the other takes over its partitions.
 */
class TwoInstancesIT extends NotificationIntegrationTest {

    private static final String TOPIC = "two-instances.appointment-events";
    private static final String LISTENER = "notification-appointment-events";

    @Autowired
    EmbeddedKafkaBroker broker;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everyBookingIsConfirmedExactlyOnceAcrossTwoInstancesAndAHandOver() {
        broker.addTopics(new NewTopic(TOPIC, 3, (short) 1));
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        await().atMost(Duration.ofSeconds(60)).until(() -> assigned(first) > 0 && assigned(second) > 0
                && assigned(first) + assigned(second) == 3);

        List<TestAppointment> early = publishBookings(40);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(early) == 40);
        List<TestAppointment> late = publishBookings(40);
        second.close();
        await().atMost(Duration.ofSeconds(60)).until(() -> sent(late) == 40);

        List<TestAppointment> all = new ArrayList<>(early);
        all.addAll(late);
        assertThat(all).allSatisfy(b -> assertThat(mailTo(b.email())).hasSize(1));
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE appointment_id IN (:ids)")
                .param("ids", all.stream().map(b -> b.id).toList()).query(Integer.class).single()).isEqualTo(80);
    }

    /** Each booking once, and a redelivered copy of every fourth one. */
    private List<TestAppointment> publishBookings(int count) {
        List<TestAppointment> bookings = IntStream.range(0, count).mapToObj(i -> appointment()).toList();
        for (int i = 0; i < count; i++) {
            String event = bookings.get(i).booked();
            kafka.send(TOPIC, bookings.get(i).key(), event);
            if (i % 4 == 0) {
                kafka.send(TOPIC, bookings.get(i).key(), event);
            }
        }
        kafka.flush();
        return bookings;
    }

    private int sent(List<TestAppointment> bookings) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE status = 'SENT' AND appointment_id IN (:ids)")
                .param("ids", bookings.stream().map(b -> b.id).toList()).query(Integer.class).single();
    }

    private static int assigned(ConfigurableApplicationContext instance) {
        if (!instance.isActive()) {
            return 0;
        }
        var partitions = instance.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(LISTENER)
                .getAssignedPartitions();
        return partitions == null ? 0 : partitions.size();
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(NotificationApplication.class)
                .profiles("it")
                // Arguments, not default properties: those rank below application.yml's own defaults.
                .run("--spring.datasource.url=" + DB, "--spring.datasource.username=postgres",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                        "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--clinic.topics.appointment-events=" + TOPIC, "--server.port=0",
                        "--" + StaffTokens.PUBLIC_KEY_PROPERTY + "=" + StaffTokens.TEST_PUBLIC_KEY,
                        "--spring.main.banner-mode=off");
        instances.add(instance);
        return instance;
    }
}
