package org.clinic.gateway.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clinic.gateway.auth.PasswordHashing;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: long (length is what makes a password hard to guess; no rules about digits and
 * capitals, which only lead to "Password1!"), not a common password nor one dressed up with digits or symbols, not
 * one pattern repeated, and not the username. The same rule for a user's own choice and a temporary one an admin
 * types.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Digits and symbols people put around a word to satisfy a rule ("password2024!", "!!monkey123"). */
    private static final Pattern DECORATION = Pattern.compile("^[\\d\\W_]+|[\\d\\W_]+$");
    /** The whole password is one shorter piece said again ("abcabcabcabc", "passwordpassword"). */
    private static final Pattern REPEATED = Pattern.compile("(.+?)\\1+");

    private final CommonPasswords common;

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** Why {@code password} may not be {@code username}'s password, in a sentence for them; empty when it may. */
    public Optional<String> problem(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a few unrelated words make a good one.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHashing.MAX_BYTES) {
            return Optional.of("Use at most " + PasswordHashing.MAX_BYTES + " characters (fewer with accented letters "
                    + "or symbols).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = DECORATION.matcher(lower).replaceAll("");
        if (common.contains(lower) || core.isEmpty() || common.contains(core)) {
            return Optional.of("That password is too common and easy to guess. Choose a less predictable one.");
        }
        if (REPEATED.matcher(lower).matches()) {
            return Optional.of("That password repeats itself. Choose a less predictable one.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username.");
        }
        return Optional.empty();
    }
}
