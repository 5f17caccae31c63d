package org.clinic.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretSealTests {

    private static final String KEY = newKey();
    private final SecretSeal seal = SecretSeal.fromBase64Key(KEY, "CLINIC_MANAGE_LINK_KEY");

    @Test
    void opensWhatItSealedForTheSameContextAndNeverShowsTheSecret() {
        String sealed = seal.seal("k7Qx2mP9vR4tW8zY", "appointment-1");

        assertThat(sealed).startsWith("v1.").doesNotContain("k7Qx2mP9vR4tW8zY");
        assertThat(seal.open(sealed, "appointment-1")).hasValue("k7Qx2mP9vR4tW8zY");
        assertThat(seal.seal("k7Qx2mP9vR4tW8zY", "appointment-1")).isNotEqualTo(sealed);
    }

    @Test
    void doesNotOpenForAnotherContextAnotherKeyOrAnAlteredValue() {
        String sealed = seal.seal("secret", "appointment-1");
        // Not the last character: in unpadded base64 it may carry only filler bits, which decoding ignores.
        int at = sealed.length() - 5;
        char was = sealed.charAt(at);
        String altered = sealed.substring(0, at) + (was == 'A' ? 'B' : 'A') + sealed.substring(at + 1);

        assertThat(seal.open(sealed, "appointment-2")).isEmpty();
        assertThat(SecretSeal.fromBase64Key(newKey(), "k").open(sealed, "appointment-1")).isEmpty();
        assertThat(seal.open(altered, "appointment-1")).isEmpty();
        assertThat(seal.open("not sealed", "appointment-1")).isEmpty();
        assertThat(seal.open("v1.***", "appointment-1")).isEmpty();
        assertThat(seal.open(null, "appointment-1")).isEmpty();
    }

    @Test
    void refusesAMissingOrShortKeyNamingTheSettingButNotTheValue() {
        assertThatIllegalStateException().isThrownBy(() -> SecretSeal.fromBase64Key("", "CLINIC_MANAGE_LINK_KEY"))
                .withMessageContaining("CLINIC_MANAGE_LINK_KEY").withMessageContaining("openssl rand -base64 32");
        assertThatIllegalStateException().isThrownBy(() -> SecretSeal.fromBase64Key("c2hvcnQta2V5", "X"))
                .withMessageNotContaining("c2hvcnQta2V5");
        assertThatIllegalStateException().isThrownBy(() -> SecretSeal.fromBase64Key(null, "X"));
        assertThatIllegalStateException().isThrownBy(() -> SecretSeal.fromBase64Key("not base64 at all!", "X"));
    }

    @Test
    void acceptsUrlSafeBase64KeysToo() {
        byte[] key = new byte[32];
        key[0] = (byte) 0xfb; // encodes to '-' or '_' in the URL-safe alphabet
        key[1] = (byte) 0xff;
        String urlSafe = Base64.getUrlEncoder().encodeToString(key);

        assertThat(SecretSeal.fromBase64Key(urlSafe, "X").open(
                SecretSeal.fromBase64Key(Base64.getEncoder().encodeToString(key), "X").seal("s", "c"), "c")).hasValue("s");
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
