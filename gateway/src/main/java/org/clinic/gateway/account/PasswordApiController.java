package org.clinic.gateway.account;

import java.util.Map;
import org.clinic.gateway.auth.StaffSignIn;
import org.clinic.gateway.auth.Waits;
import org.clinic.gateway.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/auth/password {currentPassword, newPassword}}: the JSON twin of the password page, for the
 * session's own account. 204 when changed; 400 problem naming the fields; 401 without a session; 429 when throttled.
 */
@RestController
class PasswordApiController {

    static final String PATH = "/api/auth/password";

    private final StaffSignIn signIn;
    private final PasswordChange change;

    PasswordApiController(StaffSignIn signIn, PasswordChange change) {
        this.signIn = signIn;
        this.change = change;
    }

    record ChangeRequest(String currentPassword, String newPassword) {
    }

    /** The body as a Mono: read only once the session is known, so without one a bad body is still a 401. */
    @PostMapping(PATH)
    Mono<ResponseEntity<Object>> change(@RequestBody Mono<ChangeRequest> body, ServerHttpRequest request) {
        return signIn.apiSession(request)
                .flatMap(session -> body.flatMap(fields -> change.change(session, fields.currentPassword(),
                        fields.newPassword(), null, request)))
                .map(result -> {
                    if (result instanceof PasswordChange.Invalid invalid) {
                        return Problems.of(HttpStatus.BAD_REQUEST, "The password was not changed.", PATH,
                                invalid.errors());
                    }
                    if (result instanceof PasswordChange.Throttled throttled) {
                        return Problems.tooManyRequests(throttled.retryAfterSeconds(), "Too many wrong passwords. "
                                + "Try again in " + Waits.inWords(throttled.retryAfterSeconds()) + ".", PATH);
                    }
                    return ResponseEntity.noContent().build();
                })
                .defaultIfEmpty(Problems.of(HttpStatus.UNAUTHORIZED, "A valid staff session is required.", PATH,
                        Map.of()));
    }
}
