package org.clinic.gateway.auth;

import org.clinic.gateway.session.SessionActivity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The sessions the gateway's database still counts (session.SessionActivity): not signed out, not idle past the
 * timeout, not ended by an admin. Replaces the permissive fallback, which counts every validly signed token.
 */
@Component
class DatabaseActiveSessions implements ActiveSessions {

    private final SessionActivity activity;

    DatabaseActiveSessions(SessionActivity activity) {
        this.activity = activity;
    }

    @Override
    public Mono<Boolean> isActive(String sessionId) {
        return sessionId == null ? Mono.just(false) : activity.isActive(sessionId);
    }
}
