package org.clinic.gateway.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the compact form of the staff list that fits in one environment variable (compose passes env, and
 * indexed variables like {@code CLINIC_AUTH_USERS_0_PASSWORDHASH} are unpleasant to write):
 * {@code username:bcryptHash:ROLE1|ROLE2,other:bcryptHash:ROLE}. BCrypt hashes use {@code $ . /} and
 * alphanumerics but never {@code :} or {@code ,}, so both are safe separators.
 */
final class StaffUserListParser {

    private StaffUserListParser() {
    }

    static List<StaffUser> parse(String compact) {
        if (compact == null || compact.isBlank()) {
            return List.of();
        }
        List<StaffUser> users = new ArrayList<>();
        int position = 0;
        for (String entry : compact.split(",")) {
            position++;
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("CLINIC_STAFF_USERS entry " + position
                        + " must be username:bcryptHash:ROLE1|ROLE2");
            }
            users.add(new StaffUser(parts[0].trim(), parts[1].trim(), roles(parts[2], position)));
        }
        return List.copyOf(users);
    }

    private static List<StaffRole> roles(String roles, int position) {
        try {
            return Arrays.stream(roles.split("\\|"))
                    .map(String::trim)
                    .filter(role -> !role.isEmpty())
                    .map(role -> StaffRole.valueOf(role.toUpperCase(Locale.ROOT)))
                    .distinct()
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CLINIC_STAFF_USERS entry " + position + " has an unknown role; known: "
                    + Arrays.toString(StaffRole.values()));
        }
    }
}
