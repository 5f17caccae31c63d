package org.clinic.gateway.auth;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * BCrypt, cost 10, for every password the gateway sets (new accounts, resets, a user's own change). Blocking by
 * design (tens of milliseconds a hash): call it off the event loop.
 */
@Component
public class PasswordHashing {

    static final int COST = 10;
    /** BCrypt reads at most 72 bytes; Spring's encoder refuses longer input rather than silently truncating it. */
    public static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(COST);

    public String hash(String password) {
        return bcrypt.encode(password);
    }

    boolean matches(String password, String hash) {
        try {
            return bcrypt.matches(password, hash);
        } catch (IllegalArgumentException tooLongForBcrypt) {
            return false;
        }
    }
}
