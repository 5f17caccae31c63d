package org.clinic.gateway.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password check over the staff accounts table. An unknown username is checked against a decoy hash and a
 * disabled account against its own, so neither answers faster than a wrong password: the time it takes does not
 * tell which usernames exist.
 */
@Component
class StaffDirectory {

    private final StaffAccounts accounts;
    private final PasswordHashing hashing;
    /** Checked against when the username is unknown, so that answer takes as long as a wrong password. */
    private final String decoyHash;

    StaffDirectory(StaffAccounts accounts, PasswordHashing hashing, StaffBootstrap bootstrap) {
        this.accounts = accounts;
        this.hashing = hashing;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        // The cost of the configured accounts' hashes (else the gateway's own): a decoy must cost what they cost.
        this.decoyHash = new BCryptPasswordEncoder(bootstrap.typicalCost().orElse(PasswordHashing.COST))
                .encode(HexFormat.of().formatHex(random));
    }

    /** A signed-in user: the account, and the form tokens are issued for. */
    record Verified(StaffAccount account, StaffUser user) {
    }

    /** Empty for an unknown user, a wrong password and a disabled account alike. Blocking: BCrypt is slow. */
    Optional<Verified> authenticate(String username, String password) {
        Optional<StaffAccounts.Credentials> found = accounts.credentials(username);
        String hash = found.map(StaffAccounts.Credentials::passwordHash).orElse(decoyHash);
        boolean matches = hashing.matches(password, hash);
        return found.filter(credentials -> matches && credentials.account().enabled())
                .map(credentials -> new Verified(credentials.account(), new StaffUser(
                        credentials.account().username(), credentials.passwordHash(), credentials.account().roles())));
    }
}
