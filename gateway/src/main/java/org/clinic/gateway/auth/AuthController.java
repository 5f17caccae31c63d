package org.clinic.gateway.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Staff login for the front desk and editors: the session token it issues is the gateway's alone to verify. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private static final Logger log = LoggerFactory.getLogger(AuthController.class);

    private final StaffDirectory staff;
    private final StaffTokens tokens;
    private final StaffSessions sessions;
    private final AuthProperties properties;

    AuthController(StaffDirectory staff, StaffTokens tokens, StaffSessions sessions, AuthProperties properties) {
        this.staff = staff;
        this.tokens = tokens;
        this.sessions = sessions;
        this.properties = properties;
    }

    record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    record LoginResponse(String username, List<String> roles, String token, Instant expiresAt) {
    }

    record MeResponse(String username, List<String> roles, Instant expiresAt) {
    }

    @PostMapping("/login")
    Mono<ResponseEntity<LoginResponse>> login(@Valid @RequestBody LoginRequest request) {
        // BCrypt takes tens of milliseconds by design; that must not run on (and stall) a Netty event loop.
        return Mono.fromCallable(() -> staff.authenticate(request.username(), request.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .doOnNext(user -> log.info("Staff login for {}", user.username()))
                .switchIfEmpty(Mono.defer(() -> {
                    // No username logged: people sometimes type their password into that field.
                    log.info("Staff login refused: bad credentials");
                    return Mono.error(unauthorized("Username or password is incorrect."));
                }))
                .map(user -> {
                    Jwt jwt = tokens.issue(user, UUID.randomUUID().toString());
                    return ResponseEntity.ok()
                            .cacheControl(CacheControl.noStore())
                            .header(HttpHeaders.SET_COOKIE,
                                    SessionCookie.issue(jwt.getTokenValue(), tokens.ttl(), properties.cookieSecure()).toString())
                            .body(new LoginResponse(user.username(), jwt.getClaimAsStringList(StaffTokens.ROLES_CLAIM),
                                    jwt.getTokenValue(), jwt.getExpiresAt()));
                });
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout() {
        // Stateless tokens cannot be revoked here; the cookie goes, and an API client simply forgets its token.
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, SessionCookie.expire(properties.cookieSecure()).toString())
                .build();
    }

    @GetMapping("/me")
    Mono<ResponseEntity<MeResponse>> me(ServerHttpRequest request) {
        return sessions.fromBearerOrCookie(request)
                .switchIfEmpty(Mono.error(() -> unauthorized("A valid staff session is required.")))
                .map(session -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body(new MeResponse(session.username(), session.roles(), session.expiresAt())));
    }

    private static ErrorResponseException unauthorized(String detail) {
        ErrorResponseException e = new ErrorResponseException(HttpStatus.UNAUTHORIZED,
                ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail), null);
        e.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return e;
    }
}
