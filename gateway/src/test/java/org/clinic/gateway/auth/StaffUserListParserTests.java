package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffUserListParserTests {

    // BCrypt-shaped values (the parser never checks passwords): they contain $, . and / as real hashes do.
    private static final String HASH_A = "$2a$04$Hh0m8mJ7mQ3yXgG1dJxQ2e8c4Xc0s9m7YJ1pQ6yE5y8fT0y1q2a3K";
    private static final String HASH_B = "$2y$10$abcdefghijklmnopqrstuu/./ABCDEFGHIJKLMNOPQRSTUVWXYZ01";

    @Test
    void readsSeveralUsersWithTheirRoles() {
        List<StaffUser> users = StaffUserListParser.parse(
                "desk:" + HASH_A + ":FRONT_DESK,admin:" + HASH_B + ":ADMIN|FRONT_DESK|EDITOR");

        assertThat(users).extracting(StaffUser::username).containsExactly("desk", "admin");
        assertThat(users.get(0).passwordHash()).isEqualTo(HASH_A);
        assertThat(users.get(0).roles()).containsExactly(StaffRole.FRONT_DESK);
        assertThat(users.get(1).passwordHash()).isEqualTo(HASH_B);
        assertThat(users.get(1).roles()).containsExactly(StaffRole.ADMIN, StaffRole.FRONT_DESK, StaffRole.EDITOR);
    }

    @Test
    void toleratesSpacesLowerCaseRolesAndStrayCommas() {
        List<StaffUser> users = StaffUserListParser.parse(" desk : " + HASH_A + " : front_desk | editor , ,");

        assertThat(users).singleElement().satisfies(user -> {
            assertThat(user.username()).isEqualTo("desk");
            assertThat(user.roles()).containsExactly(StaffRole.FRONT_DESK, StaffRole.EDITOR);
        });
    }

    @Test
    void readsNothingFromAnEmptyOrMissingValue() {
        assertThat(StaffUserListParser.parse(null)).isEmpty();
        assertThat(StaffUserListParser.parse("   ")).isEmpty();
    }

    @Test
    void rejectsAnEntryWithoutThreeParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> StaffUserListParser.parse("desk:" + HASH_A))
                .withMessageContaining("entry 1").withMessageNotContaining(HASH_A);
    }

    @Test
    void rejectsAnUnknownRole() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StaffUserListParser.parse("desk:" + HASH_A + ":FRONT_DESK,x:" + HASH_B + ":JANITOR"))
                .withMessageContaining("entry 2");
    }

    @Test
    void rejectsAnEntryWithoutRoles() {
        assertThatIllegalArgumentException().isThrownBy(() -> StaffUserListParser.parse("desk:" + HASH_A + ": "))
                .withMessageContaining("at least one role");
    }

    @Test
    void rejectsAPlainPasswordWhereTheHashBelongsWithoutEchoingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> StaffUserListParser.parse("desk:hunter2:FRONT_DESK"))
                .withMessageContaining("BCrypt").withMessageNotContaining("hunter2");
    }
}
