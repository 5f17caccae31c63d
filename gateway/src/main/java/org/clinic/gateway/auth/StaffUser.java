package org.clinic.gateway.auth;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One staff member allowed to log in. Only a BCrypt hash is ever configured, never a password.
 * Validated when bound, so a typo (a plain-text password, no roles) stops the gateway at startup
 * instead of producing a user who silently can never log in.
 */
public record StaffUser(String username, String passwordHash, List<StaffRole> roles) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    public StaffUser {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("staff username must be 1-100 of [A-Za-z0-9._@-], got '" + username + "'");
        }
        if (passwordHash == null || !BCRYPT.matcher(passwordHash).matches()) {
            // The hash itself is not echoed: if someone pasted a plain password here, it must not reach the logs.
            throw new IllegalArgumentException("staff user '" + username + "' needs a BCrypt passwordHash ($2a$/$2b$/$2y$...)");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("staff user '" + username + "' needs at least one role");
        }
        roles = List.copyOf(roles);
    }

    int bcryptCost() {
        return Integer.parseInt(passwordHash.substring(passwordHash.indexOf('$', 1) + 1, passwordHash.indexOf('$', 1) + 3));
    }
}
