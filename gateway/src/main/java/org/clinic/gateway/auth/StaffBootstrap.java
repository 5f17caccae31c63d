package org.clinic.gateway.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The first accounts, from configuration ({@code CLINIC_STAFF_USERS} / {@code clinic.auth.users}): each one that
 * does not exist yet is created when the gateway starts. An existing account is never touched, so whatever an
 * admin changed (a password, roles, disabling) survives restarts, and the bootstrap list can stay in {@code .env}.
 * Safe with several instances starting at once: the insert skips a username that is already there.
 */
@Component
class StaffBootstrap {

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    private final List<StaffUser> configured;

    StaffBootstrap(AuthProperties properties, StaffAccounts accounts) {
        this.configured = configuredUsers(properties);
        int created = 0;
        for (StaffUser user : configured) {
            if (accounts.createIfAbsent(user.username(), user.username(), user.passwordHash(), user.roles(), false)) {
                created++;
                log.info("Staff account '{}' created from the bootstrap list", user.username());
            }
        }
        if (configured.isEmpty()) {
            log.info("No bootstrap staff users configured (clinic.auth.users / CLINIC_STAFF_USERS)");
        } else {
            log.info("{} bootstrap staff user(s) configured, {} created now; existing accounts are left as they are",
                    configured.size(), created);
        }
    }

    /** The BCrypt cost of the configured hashes, for a decoy that costs the same. */
    Optional<Integer> typicalCost() {
        return configured.stream().findFirst().map(StaffUser::bcryptCost);
    }

    private static List<StaffUser> configuredUsers(AuthProperties properties) {
        Map<String, StaffUser> byUsername = new LinkedHashMap<>();
        Stream.concat(properties.users().stream(), StaffUserListParser.parse(properties.staffUsers()).stream())
                .forEach(user -> {
                    if (byUsername.putIfAbsent(user.username().toLowerCase(Locale.ROOT), user) != null) {
                        throw new IllegalStateException("staff user '" + user.username() + "' is configured twice");
                    }
                });
        return List.copyOf(byUsername.values());
    }
}
