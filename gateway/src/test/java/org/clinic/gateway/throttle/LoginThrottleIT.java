package org.clinic.gateway.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.clinic.gateway.MigratedDatabase;
import org.clinic.gateway.throttle.LoginThrottleProperties.Limit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle's state lives in the database: two throttles on one database (as two gateway instances each build
 * their own) count the same failures.
 */
class LoginThrottleIT {

    private static final LoginThrottleProperties LIMITS = new LoginThrottleProperties(
            new Limit(3, Duration.ofMinutes(3), 5, Duration.ofHours(5)),
            new Limit(6, Duration.ofMinutes(6), 10, Duration.ofHours(10)));

    private final DataSource database = MigratedDatabase.fresh("login_throttle");
    private final LoginThrottle instanceA = new LoginThrottle(database, LIMITS);
    private final LoginThrottle instanceB = new LoginThrottle(database, LIMITS);

    @Test
    void failuresCountedOnOneInstanceThrottleTheOther() {
        for (int i = 0; i < 3; i++) {
            assertThat(instanceB.waitBefore("desk", "198.51.100.7")).isEmpty();
            instanceA.recordFailure("desk", "198.51.100.7");
        }

        assertThat(instanceB.waitBefore("DESK", "203.0.113.1")).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(50), Duration.ofMinutes(1)));
        assertThat(JdbcClient.create(database).sql("SELECT id FROM login_throttle_bucket").query(String.class).list())
                .contains("user:desk", "address:198.51.100.7");
    }

    @Test
    void anotherUsernameFromAnotherAddressIsUnaffected() {
        for (int i = 0; i < 3; i++) {
            instanceA.recordFailure("desk", "198.51.100.7");
        }

        assertThat(instanceB.waitBefore("editor", "203.0.113.1")).isEmpty();
    }

    @Test
    void anAddressTryingManyUsernamesIsThrottledForAllOfThem() {
        for (int i = 0; i < 6; i++) {
            instanceA.recordFailure("user" + i, "198.51.100.7");
        }

        assertThat(instanceB.waitBefore("someone-else", "198.51.100.7")).isPresent();
        assertThat(instanceB.waitBefore("someone-else", "203.0.113.1")).isEmpty();
    }

    /** Past the burst, each failure waits a minute; once the sustained allowance is used up, an hour. */
    @Test
    void theWaitGrowsOnceTheSustainedAllowanceIsUsedUp() {
        for (int i = 0; i < 3; i++) {
            instanceA.recordFailure("desk", "198.51.100." + i);
        }
        Duration afterBurst = instanceA.waitBefore("desk", "203.0.113.1").orElseThrow();
        for (int i = 0; i < 2; i++) {
            instanceA.recordFailure("desk", "198.51.100.9" + i);
        }
        Duration afterSustained = instanceA.waitBefore("desk", "203.0.113.1").orElseThrow();

        assertThat(afterBurst).isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(afterSustained).isGreaterThan(Duration.ofMinutes(50));
    }

    @Test
    void thePurgeLeavesBucketsThatAreStillCounting() {
        instanceA.recordFailure("desk", "198.51.100.7");

        assertThat(instanceA.purgeFullBuckets(100)).isZero();
        assertThat(instanceB.waitBefore("desk", "198.51.100.7")).isEmpty();
    }
}
