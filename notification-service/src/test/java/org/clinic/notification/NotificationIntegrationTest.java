package org.clinic.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.clinic.events.Topics;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.clinic.testsupport.MutableClock;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service against real infrastructure: embedded PostgreSQL, an in-JVM KRaft broker and GreenMail.
 * Every subclass shares one application context; tests keep apart by using their own appointments and addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = {NotificationIntegrationTest.TOPIC, NotificationIntegrationTest.DLT,
        NotificationIntegrationTest.DELIVERY_TOPIC}, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ActiveProfiles("it")
@Import(TestInfrastructure.class)
public abstract class NotificationIntegrationTest {

    public static final String TOPIC = Topics.APPOINTMENT_EVENTS;
    public static final String DLT = Topics.APPOINTMENT_EVENTS_DLT;
    public static final String DELIVERY_TOPIC = Topics.DELIVERY_EVENTS;

    static final String DB = EmbeddedPostgresServer.shared().createFreshDatabase("notification");
    // Fixed for the JVM so the cached application context keeps pointing at it while GreenMail restarts per class.
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    protected static final GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withPerMethodLifecycle(false);

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    /** Absent where a test runs without it ({@code test.sms-provider=none}). */
    @Autowired(required = false)
    protected RecordingSmsSender sms;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DB);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add(StaffTokens.PUBLIC_KEY_PROPERTY, () -> StaffTokens.TEST_PUBLIC_KEY);
    }

    protected void publish(String key, String json) {
        kafka.send(TOPIC, key, json).join();
    }

    /** A new appointment a week ahead (relative to the test clock), booked online by the patient. */
    protected TestAppointment appointment() {
        return TestAppointment.online(uniqueEmail(), clock.instant().plus(Duration.ofDays(7)), clock);
    }

    protected static MimeMessage[] mailTo(String address) {
        return greenMail.getReceivedMessagesForDomain(address);
    }

    protected List<String> statuses(UUID appointmentId) {
        return jdbc.sql("SELECT status FROM notification WHERE appointment_id = :id ORDER BY created_at")
                .param("id", appointmentId).query(String.class).list();
    }

    protected static String uniqueEmail() {
        return "maya." + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
