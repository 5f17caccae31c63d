package org.clinic.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final CommonPasswords COMMON = new CommonPasswords();
    private final PasswordPolicy policy = new PasswordPolicy(COMMON);

    @Test
    void shipsAListOfThousandsOfCommonPasswords() {
        assertThat(COMMON.size()).isGreaterThan(3000);
        assertThat(COMMON.contains("123456")).isTrue();
        assertThat(COMMON.contains("winniethepooh")).isTrue();
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problem("lantern over the river", "desk")).isEmpty();
        assertThat(policy.problem("Ünïcödé-pässwörd-ok", "desk")).isEmpty();
        assertThat(policy.problem(TemporaryPasswords.generate(), "desk")).isEmpty();
    }

    @Test
    void refusesShortOnesCountingCharactersNotBytes() {
        assertThat(policy.problem("elevenchars", "desk")).hasValueSatisfying(p -> assertThat(p).contains("12"));
        assertThat(policy.problem("ééééé-ààààà", "desk")).isPresent();
    }

    @Test
    void refusesCommonPasswordsInAnyCaseAndDressedUpWithDigitsOrSymbols() {
        assertThat(policy.problem("WinnieThePooh", "desk")).hasValueSatisfying(p -> assertThat(p).contains("common"));
        assertThat(policy.problem("password2024!", "desk")).isPresent();
        assertThat(policy.problem("!!monkey123456", "desk")).isPresent();
        assertThat(policy.problem("123456789012", "desk")).isPresent();
        assertThat(policy.problem("#$%^&*()!@#$", "desk")).isPresent();
    }

    @Test
    void refusesRepetitionsAndTheUsername() {
        assertThat(policy.problem("aaaaaaaaaaaa", "desk")).isPresent();
        assertThat(policy.problem("horsehorsehorse", "desk")).hasValueSatisfying(p -> assertThat(p).contains("repeats"));
        assertThat(policy.problem("frontdesk.maria.2026", "Maria")).hasValueSatisfying(p ->
                assertThat(p).contains("username"));
    }

    @Test
    void refusesWhatBcryptCannotHold() {
        assertThat(policy.problem("ü".repeat(40), "desk")).hasValueSatisfying(p -> assertThat(p).contains("at most"));
    }
}
