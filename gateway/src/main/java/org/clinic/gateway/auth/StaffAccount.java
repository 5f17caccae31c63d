package org.clinic.gateway.auth;

import java.time.Instant;
import java.util.List;

/**
 * A staff member as the gateway's database keeps them (everything but the password hash, which never leaves
 * {@link StaffAccounts} and {@link StaffDirectory}).
 *
 * @param temporaryPassword set by an admin (new account, reset); the owner is asked to choose their own
 */
public record StaffAccount(String username, String displayName, List<StaffRole> roles, boolean enabled,
        boolean temporaryPassword, Instant createdAt, Instant updatedAt, Instant passwordChangedAt) {

    public StaffAccount {
        roles = List.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(StaffRole.ADMIN);
    }
}
