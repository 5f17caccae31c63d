package org.clinic.gateway.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session settings under {@code clinic.session} (values in application.yml).
 *
 * @param idleTimeout a session with no request for this long ends ({@code CLINIC_SESSION_IDLE_TIMEOUT}, 30m)
 * @param recheckAfter how long an instance may trust its last answer about a session before asking the database
 *                     again; at most 30 s, so a session ended on one instance ends on all within half a minute
 * @param keepEnded    how long ended sessions stay in the table (who signed in when), then they are deleted
 */
@ConfigurationProperties("clinic.session")
public record SessionProperties(Duration idleTimeout, Duration recheckAfter, Duration keepEnded) {

    static final Duration MAX_RECHECK = Duration.ofSeconds(30);

    public SessionProperties {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("clinic.session.idle-timeout must be positive");
        }
        if (recheckAfter == null || recheckAfter.isNegative() || recheckAfter.compareTo(MAX_RECHECK) > 0) {
            throw new IllegalArgumentException("clinic.session.recheck-after must be between 0 and 30s");
        }
        if (keepEnded == null || keepEnded.isNegative()) {
            throw new IllegalArgumentException("clinic.session.keep-ended must not be negative");
        }
    }
}
