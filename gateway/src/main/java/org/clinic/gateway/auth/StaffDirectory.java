package org.clinic.gateway.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** The staff who may log in, from both configuration forms, and the password check. */
@Component
class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);
    private static final int DEFAULT_COST = 10;

    private final Map<String, StaffUser> byUsername = new LinkedHashMap<>();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    /** Checked against when the username is unknown, so that answer takes as long as a wrong password. */
    private final String decoyHash;

    StaffDirectory(AuthProperties properties) {
        Stream.concat(properties.users().stream(), StaffUserListParser.parse(properties.staffUsers()).stream())
                .forEach(user -> {
                    if (byUsername.putIfAbsent(key(user.username()), user) != null) {
                        throw new IllegalStateException("staff user '" + user.username() + "' is configured twice");
                    }
                });
        int cost = byUsername.values().stream().findFirst().map(StaffUser::bcryptCost).orElse(DEFAULT_COST);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        decoyHash = new BCryptPasswordEncoder(cost).encode(HexFormat.of().formatHex(random));
        if (byUsername.isEmpty()) {
            log.warn("No staff users configured (clinic.auth.users / CLINIC_STAFF_USERS): every staff login will fail");
        } else {
            log.info("{} staff user(s) configured", byUsername.size());
        }
    }

    /** Blocking (BCrypt is deliberately slow): call it off the event loop. */
    Optional<StaffUser> authenticate(String username, String password) {
        StaffUser user = byUsername.get(key(username));
        boolean matches = passwordMatches(password, user == null ? decoyHash : user.passwordHash());
        return user != null && matches ? Optional.of(user) : Optional.empty();
    }

    List<StaffUser> all() {
        return List.copyOf(byUsername.values());
    }

    private boolean passwordMatches(String password, String hash) {
        try {
            return bcrypt.matches(password, hash);
        } catch (IllegalArgumentException tooLongForBcrypt) {
            return false;
        }
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
