package org.clinic.gateway.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clinic.gateway.clientaddress.ClientAddress;
import org.clinic.gateway.session.SessionActivity;
import org.clinic.gateway.session.SessionEnd;
import org.clinic.gateway.throttle.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Staff login, for the {@code /login} page and {@code POST /api/auth/login} alike: the throttle, the password check,
 * the log line, the token and the cookie. One place decides all of it, whichever door the user came in by, and
 * other packages get sign-in without the directory, the signing key or the cookie's attributes.
 */
@Component
public class StaffSignIn {

    private static final Logger log = LoggerFactory.getLogger(StaffSignIn.class);

    private final StaffDirectory staff;
    private final StaffTokens tokens;
    private final StaffSessions liveSessions;
    private final SessionActivity sessionRecords;
    private final AuthProperties properties;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;

    StaffSignIn(StaffDirectory staff, StaffTokens tokens, StaffSessions liveSessions, SessionActivity sessionRecords,
            AuthProperties properties, LoginThrottle throttle, ClientAddress clientAddress) {
        this.staff = staff;
        this.tokens = tokens;
        this.liveSessions = liveSessions;
        this.sessionRecords = sessionRecords;
        this.properties = properties;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    /** What a sign-in came to. */
    public sealed interface Outcome permits SignedIn, Confirmed, Refused, Throttled {
    }

    /** Who signed in, their token and the cookie that keeps them signed in. */
    public record SignedIn(String username, List<String> roles, boolean temporaryPassword, String token,
            Instant expiresAt, ResponseCookie cookie) implements Outcome {
    }

    /** A wrong password, an unknown user or a disabled account: they look alike, and take alike (StaffDirectory). */
    public record Refused() implements Outcome {
    }

    /** Too many failures for this username or from this address: not even checked; try again after the wait. */
    public record Throttled(Duration retryAfter) implements Outcome {

        /** Whole seconds, rounded up: what {@code Retry-After} says. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    public Mono<Outcome> signIn(String username, String password, ServerHttpRequest request) {
        String address = clientAddress.of(request);
        // BCrypt and JDBC block by design; that must not run on (and stall) a Netty event loop.
        return Mono.fromCallable(() -> attempt("Staff login", username, password, address, true))
                .subscribeOn(Schedulers.boundedElastic())
                .map(attempt -> attempt.verified() != null ? signedIn(attempt) : attempt.refusal());
    }

    /**
     * Asks a signed-in user for their password again (to change it): counted and throttled like a sign-in, so a
     * session left open on a shared computer cannot be used to guess it.
     */
    public Mono<Outcome> confirmPassword(String username, String password, ServerHttpRequest request) {
        String address = clientAddress.of(request);
        return Mono.fromCallable(() -> attempt("Password confirmation", username, password, address))
                .subscribeOn(Schedulers.boundedElastic())
                .map(attempt -> attempt.verified() != null ? new Confirmed(attempt.verified().account().username())
                        : attempt.refusal());
    }

    /** The answer of {@link #confirmPassword} when the password is right. */
    public record Confirmed(String username) implements Outcome {
    }

    /** Either the account that passed (and, for a sign-in, its new session), or why not. */
    private record Attempt(StaffDirectory.Verified verified, String sessionId, Outcome refusal) {
    }

    /** The browser's live session, if its cookie holds one (API bearer tokens are not a page's business). */
    public Mono<StaffSession> currentSession(ServerHttpRequest request) {
        return liveSessions.fromCookie(request);
    }

    /** The live session of a JSON endpoint's caller: its {@code Authorization: Bearer} token, else the cookie. */
    public Mono<StaffSession> apiSession(ServerHttpRequest request) {
        return liveSessions.fromBearerOrCookie(request);
    }

    /**
     * Ends the request's session, if it has a live one: at once here, on other gateway instances within their 30 s
     * of trusting an earlier answer. Answers the cookie that makes the browser forget it.
     */
    public Mono<ResponseCookie> signOut(ServerHttpRequest request) {
        ResponseCookie expired = SessionCookie.expire(properties.cookieSecure());
        return liveSessions.fromBearerOrCookie(request)
                .flatMap(session -> Mono.fromRunnable(() -> {
                    sessionRecords.end(session.sessionId(), SessionEnd.SIGNED_OUT);
                    log.info("Staff sign-out of {}", session.username());
                }).subscribeOn(Schedulers.boundedElastic()))
                .then(Mono.just(expired));
    }

    private Attempt attempt(String what, String username, String password, String address) {
        return attempt(what, username, password, address, false);
    }

    private Attempt attempt(String what, String username, String password, String address, boolean startSession) {
        Optional<Duration> wait = throttle.waitBefore(username, address);
        if (wait.isPresent()) {
            log.warn("{} throttled for user '{}' from {}", what, LoggedUsername.of(username), address);
            return new Attempt(null, null, new Throttled(wait.get()));
        }
        Optional<StaffDirectory.Verified> verified = staff.authenticate(username, password);
        if (verified.isEmpty()) {
            throttle.recordFailure(username, address);
            log.warn("{} refused for user '{}' from {}: bad credentials", what, LoggedUsername.of(username), address);
            return new Attempt(null, null, new Refused());
        }
        log.info("{} for {} from {}", what, verified.get().account().username(), address);
        String sessionId = startSession ? sessionRecords.start(verified.get().account().username()) : null;
        return new Attempt(verified.get(), sessionId, null);
    }

    private SignedIn signedIn(Attempt attempt) {
        StaffDirectory.Verified verified = attempt.verified();
        Jwt jwt = tokens.issue(verified.user(), attempt.sessionId());
        return new SignedIn(verified.account().username(), jwt.getClaimAsStringList(StaffTokens.ROLES_CLAIM),
                verified.account().temporaryPassword(), jwt.getTokenValue(), jwt.getExpiresAt(),
                SessionCookie.issue(jwt.getTokenValue(), tokens.ttl(), properties.cookieSecure()));
    }
}
