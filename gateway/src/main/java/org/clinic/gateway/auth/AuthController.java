package org.clinic.gateway.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff login for the front desk and editors: the session token it issues is the gateway's alone to verify. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final StaffSignIn signIn;
    private final StaffSessions sessions;

    AuthController(StaffSignIn signIn, StaffSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    /** {@code temporaryPassword}: an admin set it; the user should choose their own ({@code /api/auth/password}). */
    record LoginResponse(String username, List<String> roles, String token, Instant expiresAt,
            boolean temporaryPassword) {
    }

    record MeResponse(String username, List<String> roles, Instant expiresAt) {
    }

    @PostMapping("/login")
    Mono<ResponseEntity<LoginResponse>> login(@Valid @RequestBody LoginRequest request, ServerHttpRequest http) {
        return signIn.signIn(request.username(), request.password(), http).map(outcome -> {
            if (outcome instanceof StaffSignIn.SignedIn user) {
                return ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.SET_COOKIE, user.cookie().toString())
                        .body(new LoginResponse(user.username(), user.roles(), user.token(), user.expiresAt(),
                                user.temporaryPassword()));
            }
            throw outcome instanceof StaffSignIn.Throttled throttled ? tooManyAttempts(throttled)
                    : unauthorized("Username or password is incorrect.");
        });
    }

    /** Ends the session (everywhere within the active-session cache's 30 s) and expires the cookie. */
    @PostMapping("/logout")
    Mono<ResponseEntity<Void>> logout(ServerHttpRequest request) {
        return signIn.signOut(request).map(expired -> ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, expired.toString())
                .<Void>build());
    }

    @GetMapping("/me")
    Mono<ResponseEntity<MeResponse>> me(ServerHttpRequest request) {
        return sessions.fromBearerOrCookie(request)
                .switchIfEmpty(Mono.error(() -> unauthorized("A valid staff session is required.")))
                .map(session -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body(new MeResponse(session.username(), session.roles(), session.expiresAt())));
    }

    /** 429 with the wait in {@code Retry-After} (seconds) and in words. */
    private static ErrorResponseException tooManyAttempts(StaffSignIn.Throttled throttled) {
        long seconds = throttled.retryAfterSeconds();
        ErrorResponseException e = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
                ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this "
                        + "account or from this address. Try again in " + Waits.inWords(seconds) + "."), null);
        e.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return e;
    }

    private static ErrorResponseException unauthorized(String detail) {
        ErrorResponseException e = new ErrorResponseException(HttpStatus.UNAUTHORIZED,
                ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail), null);
        e.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return e;
    }
}
