package org.clinic.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;

class StaffJwtPropertiesTests {

    @Test
    void refusesToStartWithoutTheKeyAndSaysWhichVariableToSet() {
        assertThatIllegalStateException().isThrownBy(() -> new StaffJwtProperties(null, null))
                .withMessageContaining("CLINIC_JWT_PUBLIC_KEY").withMessageContaining("not set");
        assertThatIllegalStateException().isThrownBy(() -> new StaffJwtProperties(" ", null))
                .withMessageContaining("not set");
    }

    @Test
    void refusesWhatIsNotAnEcPublicKeyWithoutEchoingIt() {
        assertThatIllegalStateException().isThrownBy(() -> new StaffJwtProperties("not base64 at all!", null))
                .withMessageContaining("not base64").withMessageNotContaining("at all");
        assertThatIllegalStateException().isThrownBy(() -> new StaffJwtProperties(
                        Base64.getEncoder().encodeToString("an old shared secret, 32 bytes+".getBytes()), null))
                .withMessageContaining("not an X.509 EC public key");
    }

    @Test
    void refusesThePrivateKeyWithAMessageSayingWhichHalfBelongsHere() {
        assertThatIllegalStateException().isThrownBy(() -> new StaffJwtProperties(StaffTokens.TEST_PRIVATE_KEY, null))
                .withMessageContaining("the gateway alone gets the private key")
                .withMessageNotContaining(StaffTokens.TEST_PRIVATE_KEY.substring(40, 60));
    }

    @Test
    void refusesAKeyOnAnotherCurve() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        String p384 = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());

        assertThatIllegalStateException().isThrownBy(() -> new StaffJwtProperties(p384, null))
                .withMessageContaining("P-256");
    }

    @Test
    void readsBase64OnOneLineOrPemAndDefaultsTheIssuer() {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + StaffTokens.TEST_PUBLIC_KEY.substring(0, 64) + "\n"
                + StaffTokens.TEST_PUBLIC_KEY.substring(64) + "\n-----END PUBLIC KEY-----\n";

        StaffJwtProperties fromBase64 = new StaffJwtProperties(StaffTokens.TEST_PUBLIC_KEY, " ");
        StaffJwtProperties fromPem = new StaffJwtProperties(pem, null);

        assertThat(fromPem.publicKey()).isEqualTo(fromBase64.publicKey());
        assertThat(fromBase64.issuer()).isEqualTo("clinic-gateway");
    }
}
