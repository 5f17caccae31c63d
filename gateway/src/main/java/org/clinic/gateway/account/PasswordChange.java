package org.clinic.gateway.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clinic.gateway.auth.PasswordHashing;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffSession;
import org.clinic.gateway.auth.StaffSignIn;
import org.clinic.gateway.session.SessionActivity;
import org.clinic.gateway.session.SessionEnd;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A signed-in staff member chooses a new password: the new one must pass the {@link PasswordPolicy} and be typed
 * twice alike, and the current one must be right (checked last, and counted like a failed sign-in, so an unattended
 * session cannot be used to guess it). For the page and the JSON endpoint alike.
 */
@Component
class PasswordChange {

    static final String CURRENT = "currentPassword";
    static final String NEW = "newPassword";
    static final String REPEAT = "repeatPassword";

    private final StaffSignIn signIn;
    private final PasswordPolicy policy;
    private final PasswordHashing hashing;
    private final StaffAccounts accounts;
    private final SessionActivity sessions;

    PasswordChange(StaffSignIn signIn, PasswordPolicy policy, PasswordHashing hashing, StaffAccounts accounts,
            SessionActivity sessions) {
        this.signIn = signIn;
        this.policy = policy;
        this.hashing = hashing;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    sealed interface Result permits Changed, Invalid, Throttled {
    }

    record Changed() implements Result {
    }

    /** Field name to message, in the form's order. */
    record Invalid(Map<String, String> errors) implements Result {
    }

    record Throttled(long retryAfterSeconds) implements Result {
    }

    /**
     * {@code repeat} null: the caller has no second field (the JSON endpoint). Once changed, the user's other sessions
     * end (someone who knew the old password is signed out too); the one they changed it in stays.
     */
    Mono<Result> change(StaffSession session, String current, String proposed, String repeat,
            ServerHttpRequest request) {
        String username = session.username();
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || current.isEmpty()) {
            errors.put(CURRENT, "Enter your current password.");
        }
        if (proposed == null || proposed.isEmpty()) {
            errors.put(NEW, "Enter a new password.");
        } else {
            Optional<String> problem = policy.problem(proposed, username);
            if (problem.isPresent()) {
                errors.put(NEW, problem.get());
            } else if (proposed.equals(current)) {
                errors.put(NEW, "The new password must differ from the current one.");
            } else if (repeat != null && !repeat.equals(proposed)) {
                errors.put(REPEAT, "The two new passwords differ. Type the same password twice.");
            }
        }
        if (!errors.isEmpty()) {
            return Mono.just(new Invalid(errors));
        }
        return signIn.confirmPassword(username, current, request).flatMap(outcome -> {
            if (outcome instanceof StaffSignIn.Throttled throttled) {
                return Mono.just(new Throttled(throttled.retryAfterSeconds()));
            }
            if (!(outcome instanceof StaffSignIn.Confirmed)) {
                return Mono.just(new Invalid(Map.of(CURRENT, "That is not your current password.")));
            }
            return Mono.fromCallable(() -> {
                accounts.setPassword(username, hashing.hash(proposed), false);
                sessions.endAllOf(username, SessionEnd.PASSWORD_CHANGED, session.sessionId());
                return (Result) new Changed();
            }).subscribeOn(Schedulers.boundedElastic());
        });
    }
}
