package org.clinic.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestEvents;
import org.clinic.notification.TestEvents.Booking;
import org.clinic.platform.messaging.ConsumerRetries;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notification database refuses every connection while a booking arrives, for longer than the old consumer's
 * retry budget (it gave up after 5 retries and dead-lettered the event): the event waits, and once the database is
 * back the patient gets the confirmation, once, and nothing is dead-lettered.
 */
class DatabaseOutageIT extends NotificationIntegrationTest {

    /** The old policy's 6 attempts, and then some. */
    private static final int BEYOND_THE_OLD_BUDGET = 10;
    private static final Duration WITHIN = Duration.ofSeconds(45);

    @Autowired
    ConsumerRetries retries;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void aBookingThatArrivesWhileTheDatabaseIsDownIsConfirmedOnceWhenItReturns() throws Exception {
        Booking booking = Booking.forPatient(uniqueEmail());
        String url = dataSource.getJdbcUrl();
        String database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        long poolWait = dataSource.getHikariConfigMXBean().getConnectionTimeout();
        // Each attempt waits this long for a connection before it fails; 30 s would make the test minutes long.
        dataSource.getHikariConfigMXBean().setConnectionTimeout(500);
        try {
            refuseConnections(database, true);
            try {
                publish(booking.key(), TestEvents.booked(booking));

                TopicPartition partition = new TopicPartition(TOPIC, 0);
                await().atMost(WITHIN).until(() -> retries.retrying().containsKey(partition)
                        && retries.retrying().get(partition).failedAttempts() >= BEYOND_THE_OLD_BUDGET);
                assertThat(retries.retryingSince()).isPresent();
                assertThat(mailTo(booking.email())).isEmpty();
            } finally {
                refuseConnections(database, false);
            }

            await().atMost(WITHIN).until(() -> mailTo(booking.email()).length == 1);
            await().atMost(WITHIN).until(() -> statuses(booking.appointmentId()).equals(List.of("SENT")));
            await().atMost(WITHIN).until(() -> retries.retrying().isEmpty());
            assertThat(jdbc.sql("SELECT count(*) FROM dead_letter WHERE record_key = :key")
                    .param("key", booking.key()).query(Integer.class).single()).isZero();
            assertThat(mailTo(booking.email())).hasSize(1);
        } finally {
            dataSource.getHikariConfigMXBean().setConnectionTimeout(poolWait);
        }
    }

    /** As an outage looks to the service: open connections are cut and new ones refused (or allowed again). */
    private static void refuseConnections(String database, boolean refuse) throws SQLException {
        String admin = EmbeddedPostgresServer.shared().jdbcUrl("postgres");
        try (Connection c = DriverManager.getConnection(admin, EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !refuse);
            if (refuse) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                        + "' AND pid <> pg_backend_pid()");
            }
        }
    }
}
