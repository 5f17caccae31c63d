package org.clinic.gateway.auth;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Staff login for browser pages (the gateway's {@code /login} form): the same password check, token and cookie as
 * the JSON login, offered to other packages without opening up the directory, the signing key or the cookie's
 * attributes. One place decides what a session cookie looks like, whichever door the user came in by.
 */
@Component
public class StaffSignIn {

    private final StaffDirectory staff;
    private final StaffTokens tokens;
    private final StaffSessions sessions;
    private final AuthProperties properties;

    StaffSignIn(StaffDirectory staff, StaffTokens tokens, StaffSessions sessions, AuthProperties properties) {
        this.staff = staff;
        this.tokens = tokens;
        this.sessions = sessions;
        this.properties = properties;
    }

    /** Who signed in, and the cookie that keeps them signed in. */
    public record SignedIn(String username, List<String> roles, ResponseCookie cookie) {
    }

    /** Empty on a wrong password or an unknown user, which look alike (and take alike: see StaffDirectory). */
    public Mono<SignedIn> signIn(String username, String password) {
        // BCrypt takes tens of milliseconds by design; that must not run on (and stall) a Netty event loop.
        return Mono.fromCallable(() -> staff.authenticate(username, password))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .map(user -> {
                    Jwt jwt = tokens.issue(user, UUID.randomUUID().toString());
                    return new SignedIn(user.username(), jwt.getClaimAsStringList(StaffTokens.ROLES_CLAIM),
                            SessionCookie.issue(jwt.getTokenValue(), tokens.ttl(), properties.cookieSecure()));
                });
    }

    /** The browser's live session, if its cookie holds one (API bearer tokens are not a page's business). */
    public Mono<StaffSession> currentSession(ServerHttpRequest request) {
        return sessions.fromCookie(request);
    }

    /** Stateless tokens cannot be revoked; signing out means the browser forgets its cookie. */
    public ResponseCookie signOutCookie() {
        return SessionCookie.expire(properties.cookieSecure());
    }
}
