package org.clinic.gateway.throttle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are allowed, under {@code clinic.login-throttle} (values in application.yml).
 *
 * @param perUsername failures counted against the account that was tried, from anywhere
 * @param perAddress  failures counted against the client's address, whatever usernames it tries
 */
@ConfigurationProperties("clinic.login-throttle")
public record LoginThrottleProperties(Limit perUsername, Limit perAddress) {

    public LoginThrottleProperties {
        if (perUsername == null || perAddress == null) {
            throw new IllegalArgumentException("clinic.login-throttle.per-username and per-address must be set");
        }
    }

    /**
     * Two token buckets in one: {@code burst} failures in a row, one more each {@code burstRefill / burst}; and at most
     * {@code sustained} failures, one more each {@code sustainedRefill / sustained}. Once the sustained allowance is
     * used up, the wait between attempts grows from the burst pace to the (much slower) sustained one.
     */
    public record Limit(int burst, Duration burstRefill, int sustained, Duration sustainedRefill) {

        public Limit {
            if (burst < 1 || sustained < burst || !positive(burstRefill) || !positive(sustainedRefill)) {
                throw new IllegalArgumentException("a login throttle limit needs 1 <= burst <= sustained and positive "
                        + "refill periods, got burst " + burst + ", sustained " + sustained);
            }
        }

        private static boolean positive(Duration duration) {
            return duration != null && !duration.isNegative() && !duration.isZero();
        }
    }
}
