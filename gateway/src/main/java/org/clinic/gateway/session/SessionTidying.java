package org.clinic.gateway.session;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes sessions nobody used within the idle timeout (or older than a token lives) and deletes ended ones after
 * {@code keep-ended}. Safe with several gateway instances: both statements are idempotent.
 */
@Component
@EnableScheduling
class SessionTidying {

    private final SessionRecords sessions;
    private final SessionProperties properties;
    private final Duration tokenLifetime;

    SessionTidying(SessionRecords sessions, SessionProperties properties,
            @Value("${clinic.auth.token-ttl:8h}") Duration tokenLifetime) {
        this.sessions = sessions;
        this.properties = properties;
        this.tokenLifetime = tokenLifetime;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void tidy() {
        sessions.tidy(properties.idleTimeout(), tokenLifetime, properties.keepEnded());
    }
}
