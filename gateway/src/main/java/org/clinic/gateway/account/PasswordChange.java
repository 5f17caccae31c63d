package org.clinic.gateway.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clinic.gateway.auth.PasswordHashing;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffSignIn;
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

    PasswordChange(StaffSignIn signIn, PasswordPolicy policy, PasswordHashing hashing, StaffAccounts accounts) {
        this.signIn = signIn;
        this.policy = policy;
        this.hashing = hashing;
        this.accounts = accounts;
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

    /** {@code repeat} null: the caller has no second field (the JSON endpoint). */
    Mono<Result> change(String username, String current, String proposed, String repeat, ServerHttpRequest request) {
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
                return (Result) new Changed();
            }).subscribeOn(Schedulers.boundedElastic());
        });
    }
}
