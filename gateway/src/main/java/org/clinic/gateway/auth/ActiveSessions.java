package org.clinic.gateway.auth;

/** Whether a signed-in session still counts: not signed out, not idle too long, its user not disabled. */
public interface ActiveSessions {
    /** Asked on each request bearing a session token; may answer from a cache at most 30 s old; notes activity. */
    reactor.core.publisher.Mono<Boolean> isActive(String sessionId);
}
