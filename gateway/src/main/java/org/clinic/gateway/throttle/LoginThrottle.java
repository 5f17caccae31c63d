package org.clinic.gateway.throttle;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed sign-ins are counted per username and per client address in Bucket4j token
 * buckets kept in the gateway's PostgreSQL database, so every gateway instance sees the same counts. Only failures
 * take a token; while either bucket is empty, sign-in is refused before the password is even checked (a right
 * password too), and the caller is told how long to wait. Blocking JDBC: call it off the event loop.
 */
@Component
public class LoginThrottle {

    static final String TABLE = "login_throttle_bucket";
    private static final int MAX_KEY_LENGTH = 120;

    private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;
    private final BucketConfiguration perUsername;
    private final BucketConfiguration perAddress;

    public LoginThrottle(DataSource dataSource, LoginThrottleProperties properties) {
        this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // A row lives until its bucket is full again (plus a minute), then the purge removes it.
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.perUsername = configuration(properties.perUsername());
        this.perAddress = configuration(properties.perAddress());
    }

    /** Empty when a sign-in may be tried now; else how long until it may (the longer of the two buckets' waits). */
    public Optional<Duration> waitBefore(String username, String address) {
        return bucketsFor(username, address)
                .map(bucket -> bucket.estimateAbilityToConsume(1))
                .filter(probe -> !probe.canBeConsumed())
                .map(EstimationProbe::getNanosToWaitForRefill)
                .max(Long::compare)
                .map(Duration::ofNanos);
    }

    /**
     * Counts a failed sign-in against both buckets. Taken even when a bucket is already empty (it goes into debt):
     * guesses sent in parallel, all let through before the first one failed, each lengthen the wait.
     */
    public void recordFailure(String username, String address) {
        bucketsFor(username, address).forEach(bucket -> bucket.consumeIgnoringRateLimits(1));
    }

    /** Removes up to {@code batch} rows of buckets that are full again; the number removed. */
    int purgeFullBuckets(int batch) {
        return buckets.removeExpired(batch);
    }

    private Stream<BucketProxy> bucketsFor(String username, String address) {
        return Stream.of(
                buckets.builder().build(key("user:", username.toLowerCase(Locale.ROOT)), () -> perUsername),
                buckets.builder().build(key("address:", address), () -> perAddress));
    }

    private static String key(String kind, String value) {
        String key = kind + value;
        return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
    }

    private static BucketConfiguration configuration(LoginThrottleProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                        .refillGreedy(limit.burst(), limit.burstRefill()))
                .addLimit(bandwidth -> bandwidth.capacity(limit.sustained())
                        .refillGreedy(limit.sustained(), limit.sustainedRefill()))
                .build();
    }
}
