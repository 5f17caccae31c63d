package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.clinic.gateway.TestStaff;
import org.junit.jupiter.api.Test;

class JwtPropertiesTests {

    private static final String KEY = TestStaff.PRIVATE_KEY;

    @Test
    void refusesToStartWithoutTheKeyAndSaysWhichVariableToSet() {
        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties(null, null))
                .withMessageContaining("CLINIC_JWT_PRIVATE_KEY").withMessageContaining("not set");
        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties("  ", null))
                .withMessageContaining("not set");
    }

    @Test
    void refusesWhatIsNotAPrivateKeyWithoutEchoingIt() {
        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties("not base64: a typo!", null))
                .withMessageContaining("not base64").withMessageNotContaining("typo");
        // The kind of value CLINIC_JWT_SECRET held.
        String oldSecret = Base64.getEncoder().encodeToString("an old HS256 secret of 32 bytes+".getBytes());
        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties(oldSecret, null))
                .withMessageContaining("not a PKCS#8 EC private key").withMessageNotContaining(oldSecret);
        String publicKey = Base64.getEncoder().encodeToString(TestStaff.GATEWAY_KEYS.getPublic().getEncoded());
        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties(publicKey, null))
                .withMessageContaining("not a PKCS#8 EC private key");
    }

    @Test
    void explainsHowToConvertAnSec1Key() {
        String sec1 = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI...\n-----END EC PRIVATE KEY-----";

        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties(sec1, null))
                .withMessageContaining("openssl pkcs8 -topk8");
    }

    @Test
    void refusesAKeyOnAnotherCurve() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        String p384 = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded());

        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties(p384, null))
                .withMessageContaining("P-256");
    }

    @Test
    void derivesThePublicKeyFromThePrivateOne() {
        KeyPair keys = new JwtProperties(KEY, null).signingKeys();

        assertThat(keys.getPublic().getEncoded()).isEqualTo(TestStaff.GATEWAY_KEYS.getPublic().getEncoded());
        assertThat(keys.getPrivate()).isEqualTo(TestStaff.GATEWAY_KEYS.getPrivate());
    }

    @Test
    void readsPemAsWellAndDefaultsTheIssuer() {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + KEY.substring(0, 64) + "\n" + KEY.substring(64)
                + "\n-----END PRIVATE KEY-----\n";

        JwtProperties properties = new JwtProperties(pem, " ");

        assertThat(properties.signingKeys().getPrivate()).isEqualTo(TestStaff.GATEWAY_KEYS.getPrivate());
        assertThat(properties.issuer()).isEqualTo("clinic-gateway");
    }
}
