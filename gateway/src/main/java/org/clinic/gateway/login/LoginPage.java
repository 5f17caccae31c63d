package org.clinic.gateway.login;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clinic.gateway.auth.StaffSession;
import org.clinic.gateway.auth.Waits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;

/** The model of the sign-in page in its states: the form (fresh, signed out, with errors) or "signed in as". */
final class LoginPage {

    static final String BAD_CREDENTIALS = "Username or password is incorrect.";

    private final Map<String, Object> model = new LinkedHashMap<>();

    private LoginPage(Optional<String> next) {
        model.put("next", next.orElse(null));
        model.put("username", "");
        model.put("errors", Map.of());
        model.put("badCredentials", false);
        model.put("signedOut", false);
        model.put("signedIn", null);
        model.put("throttledFor", null);
    }

    static LoginPage form(Optional<String> next) {
        return new LoginPage(next);
    }

    LoginPage username(String username) {
        model.put("username", username);
        return this;
    }

    LoginPage errors(Map<String, String> errors) {
        model.put("errors", errors);
        return this;
    }

    LoginPage badCredentials() {
        model.put("badCredentials", true);
        return this;
    }

    /** Too many failures: the wait, in words, instead of the form's usual messages. */
    LoginPage throttled(long seconds) {
        model.put("throttledFor", Waits.inWords(seconds));
        return this;
    }

    LoginPage signedOut(boolean signedOut) {
        model.put("signedOut", signedOut);
        return this;
    }

    LoginPage signedIn(StaffSession session, String continueTo) {
        model.put("signedIn", session);
        model.put("continueTo", continueTo);
        return this;
    }

    /** The page with a 429's {@code Retry-After} (seconds), as the JSON login answers it. */
    Rendering build(HttpStatus status, long retryAfterSeconds) {
        return view(status).header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)).build();
    }

    Rendering build(HttpStatus status) {
        return view(status).build();
    }

    private Rendering.Builder<?> view(HttpStatus status) {
        Rendering.Builder<?> view = Rendering.view("login").status(status);
        // Rendering ignores null values, and the template tests for absence, so nulls are simply left out.
        model.forEach((name, value) -> {
            if (value != null) {
                view.modelAttribute(name, value);
            }
        });
        return view;
    }
}
