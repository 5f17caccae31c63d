package org.clinic.gateway.login;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * What the sign-in form posted. Read from the raw form data rather than bound, so a missing field, an empty one and
 * a body that is not a form at all all end up as the same per-field messages (400), never as a binding failure.
 */
record LoginForm(String username, String password, String next) {

    /** The limits of the JSON login: no configured username is longer, no sensible password either. */
    static final int MAX_USERNAME = 100;
    static final int MAX_PASSWORD = 200;

    static LoginForm from(MultiValueMap<String, String> form) {
        String username = form.getFirst("username");
        return new LoginForm(username == null ? "" : username.strip(), orEmpty(form.getFirst("password")),
                form.getFirst("next"));
    }

    /** Field name to message, in the form's order; empty when the form can be checked against the directory. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username.isEmpty()) {
            errors.put("username", "Enter your username.");
        } else if (username.length() > MAX_USERNAME) {
            errors.put("username", "A username is at most " + MAX_USERNAME + " characters.");
        }
        if (password.isBlank()) {
            errors.put("password", "Enter your password.");
        } else if (password.length() > MAX_PASSWORD) {
            errors.put("password", "A password is at most " + MAX_PASSWORD + " characters.");
        }
        return errors;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
