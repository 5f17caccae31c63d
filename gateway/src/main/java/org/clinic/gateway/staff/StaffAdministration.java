package org.clinic.gateway.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinic.gateway.account.PasswordPolicy;
import org.clinic.gateway.account.TemporaryPasswords;
import org.clinic.gateway.auth.PasswordHashing;
import org.clinic.gateway.auth.StaffAccount;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffRole;
import org.clinic.gateway.session.SessionActivity;
import org.clinic.gateway.session.SessionEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an admin does to staff accounts, for the pages and the JSON API alike. Two rules keep the clinic from locking
 * itself out: an admin can neither disable their own account nor take away their own ADMIN role, so the acting admin
 * always remains one. Blocking (JDBC, BCrypt): callers run it on {@code Schedulers.boundedElastic()}.
 */
@Component
class StaffAdministration {

    private static final Logger log = LoggerFactory.getLogger(StaffAdministration.class);
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    static final int MAX_NAME = 100;

    private final StaffAccounts accounts;
    private final PasswordPolicy policy;
    private final PasswordHashing hashing;
    private final SessionActivity sessions;

    StaffAdministration(StaffAccounts accounts, PasswordPolicy policy, PasswordHashing hashing,
            SessionActivity sessions) {
        this.accounts = accounts;
        this.policy = policy;
        this.hashing = hashing;
        this.sessions = sessions;
    }

    /** {@code temporaryPassword} blank: one is made up. */
    record NewAccount(String username, String displayName, Set<StaffRole> roles, String temporaryPassword) {
    }

    /** The account as saved, and the temporary password to hand over (shown once, kept nowhere). */
    record WithPassword(StaffAccount account, String temporaryPassword) {
    }

    List<StaffAccount> list() {
        return accounts.all();
    }

    StaffAccount get(String username) {
        return accounts.find(username).orElseThrow(StaffChangeRefused::notFound);
    }

    WithPassword add(String admin, NewAccount request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = request.username() == null ? "" : request.username().strip();
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "Use 1 to 100 letters, digits and . _ @ - (no spaces).");
        }
        if (displayName.isEmpty() || displayName.length() > MAX_NAME) {
            errors.put("displayName", "Enter the person's name (at most " + MAX_NAME + " characters).");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            errors.put("roles", "Choose at least one role.");
        }
        String password = temporaryPassword(request.temporaryPassword(), username, errors);
        if (!errors.isEmpty()) {
            throw new StaffChangeRefused(StaffChangeRefused.Reason.INVALID, errors);
        }
        if (!accounts.createIfAbsent(username, displayName, hashing.hash(password), request.roles(), true)) {
            throw StaffChangeRefused.conflict("username", "That username is taken.");
        }
        log.info("Staff account '{}' created by {} with roles {}", username, admin, request.roles());
        return new WithPassword(get(username), password);
    }

    StaffAccount setEnabled(String admin, String username, boolean enabled) {
        StaffAccount account = get(username);
        if (!enabled && account.username().equalsIgnoreCase(admin)) {
            throw StaffChangeRefused.conflict("", "You cannot disable your own account.");
        }
        accounts.setEnabled(account.username(), enabled);
        if (!enabled) {
            sessions.endAllOf(account.username(), SessionEnd.ACCOUNT_DISABLED, null);
        }
        log.info("Staff account '{}' {} by {}", account.username(), enabled ? "enabled" : "disabled", admin);
        return get(username);
    }

    StaffAccount changeRoles(String admin, String username, Set<StaffRole> roles) {
        StaffAccount account = get(username);
        if (roles == null || roles.isEmpty()) {
            throw StaffChangeRefused.invalid("roles", "Choose at least one role.");
        }
        if (account.username().equalsIgnoreCase(admin) && !roles.contains(StaffRole.ADMIN)) {
            throw StaffChangeRefused.conflict("roles", "You cannot remove your own ADMIN role.");
        }
        accounts.setRoles(account.username(), roles);
        if (!account.username().equalsIgnoreCase(admin) && !Set.copyOf(account.roles()).equals(roles)) {
            // Roles travel in the session token: the person signs in again to get the new ones, and a role taken
            // away is gone within the minute. (An admin's own change can only add: their session may stay.)
            sessions.endAllOf(account.username(), SessionEnd.ROLES_CHANGED, null);
        }
        log.info("Staff account '{}' given roles {} by {}", account.username(), roles, admin);
        return get(username);
    }

    /** A new temporary password (typed by the admin, else made up); the owner chooses their own after signing in. */
    WithPassword resetPassword(String admin, String username, String typed) {
        StaffAccount account = get(username);
        Map<String, String> errors = new LinkedHashMap<>();
        String password = temporaryPassword(typed, account.username(), errors);
        if (!errors.isEmpty()) {
            throw new StaffChangeRefused(StaffChangeRefused.Reason.INVALID, errors);
        }
        accounts.setPassword(account.username(), hashing.hash(password), true);
        sessions.endAllOf(account.username(), SessionEnd.PASSWORD_RESET, null);
        log.info("Password of staff account '{}' reset by {}", account.username(), admin);
        return new WithPassword(get(username), password);
    }

    private String temporaryPassword(String typed, String username, Map<String, String> errors) {
        if (typed == null || typed.isEmpty()) {
            return TemporaryPasswords.generate();
        }
        policy.problem(typed, username).ifPresent(problem -> errors.put("temporaryPassword", problem));
        return typed;
    }
}
