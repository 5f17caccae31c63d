package org.clinic.gateway.auth;

import java.util.Optional;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one place that decides whether a request belongs to a live staff session: a valid session token (signature,
 * expiry, issuer, audience) of a session the {@link ActiveSessions} still count. Sign-in pages, {@code /api/auth/me}
 * and the relay to the services all ask here, so none of them can accept what another refuses.
 */
@Component
public class StaffSessions {

    private final StaffTokens tokens;
    private final ActiveSessions activeSessions;
    /** Which cookie name is in use: {@code __Host-} prefixed over https (SessionCookie). */
    private final boolean secureCookie;

    StaffSessions(StaffTokens tokens, ActiveSessions activeSessions, AuthProperties auth) {
        this.tokens = tokens;
        this.activeSessions = activeSessions;
        this.secureCookie = auth.cookieSecure();
    }

    /**
     * What to send a service for this request: an access token when it carries a live session (its Bearer session
     * token, else its session cookie); empty for anything else, and then the service must see no credentials at all.
     */
    public Mono<String> accessTokenFor(ServerHttpRequest request) {
        return fromBearerOrCookie(request).map(tokens::accessToken);
    }

    /** An API client's Bearer token wins over the cookie; see {@link SessionCookie#bearerOrCookieToken}. */
    Mono<StaffSession> fromBearerOrCookie(ServerHttpRequest request) {
        return live(SessionCookie.bearerOrCookieToken(request, secureCookie));
    }

    /** Pages look at the cookie only: a browser's session is its cookie. */
    Mono<StaffSession> fromCookie(ServerHttpRequest request) {
        return live(SessionCookie.tokenFrom(request, secureCookie));
    }

    private Mono<StaffSession> live(Optional<String> sessionToken) {
        return Mono.justOrEmpty(sessionToken)
                .flatMap(tokens::verify)
                .filterWhen(session -> activeSessions.isActive(session.sessionId()));
    }
}
