package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class StaffDirectoryTests {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("right");

    @Test
    void authenticatesAUserFromEitherFormWithoutCaringAboutUsernameCase() {
        StaffDirectory directory = directory(List.of(user("editor")), "desk:" + HASH + ":FRONT_DESK");

        assertThat(directory.authenticate("Desk", "right")).map(StaffUser::username).contains("desk");
        assertThat(directory.authenticate("editor", "right")).map(StaffUser::username).contains("editor");
    }

    @Test
    void refusesAWrongPasswordAnUnknownUserAndAnOverlongPassword() {
        StaffDirectory directory = directory(List.of(user("desk")), null);

        assertThat(directory.authenticate("desk", "wrong")).isEmpty();
        assertThat(directory.authenticate("nobody", "right")).isEmpty();
        assertThat(directory.authenticate("desk", "x".repeat(200))).isEmpty();
    }

    @Test
    void refusesToStartWithTheSameUserConfiguredTwice() {
        assertThatIllegalStateException()
                .isThrownBy(() -> directory(List.of(user("desk")), "DESK:" + HASH + ":ADMIN"))
                .withMessageContaining("configured twice");
    }

    private static StaffUser user(String name) {
        return new StaffUser(name, HASH, List.of(StaffRole.EDITOR));
    }

    private static StaffDirectory directory(List<StaffUser> users, String compact) {
        return new StaffDirectory(new AuthProperties(users, compact, Duration.ofHours(8), false));
    }
}
