package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.clinic.gateway.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Accounts in the database: the bootstrap list creates the absent ones only, and the password check over them. */
class StaffDirectoryIT {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("right");
    private static final String OTHER_HASH = new BCryptPasswordEncoder(4).encode("changed-by-an-admin");

    private final DataSource database = MigratedDatabase.fresh("staff_directory");
    private StaffAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new StaffAccounts(JdbcClient.create(database));
    }

    @Test
    void bootstrapCreatesTheConfiguredAccountsAndSignInIgnoresUsernameCase() {
        StaffDirectory directory = directory(List.of(user("editor", StaffRole.EDITOR)), "desk:" + HASH + ":FRONT_DESK");

        assertThat(directory.authenticate("Desk", "right")).map(v -> v.account().username()).contains("desk");
        assertThat(directory.authenticate("editor", "right")).map(v -> v.user().roles())
                .contains(List.of(StaffRole.EDITOR));
        assertThat(accounts.find("DESK")).map(StaffAccount::displayName).contains("desk");
    }

    @Test
    void bootstrapNeverOverwritesAnExistingAccountSoAnAdminsChangesSurviveARestart() {
        directory(List.of(), "desk:" + HASH + ":FRONT_DESK");
        accounts.setPassword("desk", OTHER_HASH, false);
        accounts.setRoles("desk", List.of(StaffRole.FRONT_DESK, StaffRole.EDITOR));
        accounts.setEnabled("desk", false);

        StaffDirectory restarted = directory(List.of(), "DESK:" + HASH + ":ADMIN");

        StaffAccount desk = accounts.find("desk").orElseThrow();
        assertThat(desk.roles()).containsExactly(StaffRole.FRONT_DESK, StaffRole.EDITOR);
        assertThat(desk.enabled()).isFalse();
        accounts.setEnabled("desk", true);
        assertThat(restarted.authenticate("desk", "right")).isEmpty();
        assertThat(restarted.authenticate("desk", "changed-by-an-admin")).isPresent();
    }

    @Test
    void refusesAWrongPasswordAnUnknownUserAnOverlongPasswordAndADisabledAccount() {
        StaffDirectory directory = directory(List.of(user("desk", StaffRole.FRONT_DESK)), null);

        assertThat(directory.authenticate("desk", "wrong")).isEmpty();
        assertThat(directory.authenticate("nobody", "right")).isEmpty();
        assertThat(directory.authenticate("desk", "x".repeat(200))).isEmpty();

        accounts.setEnabled("desk", false);
        assertThat(directory.authenticate("desk", "right")).isEmpty();
    }

    @Test
    void refusesToStartWithTheSameUserConfiguredTwice() {
        assertThatIllegalStateException()
                .isThrownBy(() -> directory(List.of(user("desk", StaffRole.EDITOR)), "DESK:" + HASH + ":ADMIN"))
                .withMessageContaining("configured twice");
    }

    private static StaffUser user(String name, StaffRole role) {
        return new StaffUser(name, HASH, List.of(role));
    }

    private StaffDirectory directory(List<StaffUser> users, String compact) {
        var properties = new AuthProperties(users, compact, Duration.ofHours(8), false);
        return new StaffDirectory(accounts, new PasswordHashing(), new StaffBootstrap(properties, accounts));
    }
}
