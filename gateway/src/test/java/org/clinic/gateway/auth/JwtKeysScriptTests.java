package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/jwt-keys.sh (what deploy/generate-env.sh writes into .env) makes keys the gateway reads, and a public key
 * that is the private key's own: otherwise a compose deployment would start and then refuse every staff token.
 */
class JwtKeysScriptTests {

    private static final Path SCRIPT = Path.of("..", "deploy", "jwt-keys.sh");
    private static final Pattern LINE = Pattern.compile("^(CLINIC_JWT_\\w+)='([A-Za-z0-9+/=]+)'$", Pattern.MULTILINE);

    @Test
    void printsAPairTheGatewayReadsWhosePublicHalfMatches() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "no " + SCRIPT + " next to this module");
        assumeTrue(opensslAvailable(), "openssl is not installed here: deploy/jwt-keys.sh cannot be tried");

        Map<String, String> keys = run();

        assertThat(keys).containsOnlyKeys("CLINIC_JWT_PRIVATE_KEY", "CLINIC_JWT_PUBLIC_KEY");
        JwtProperties gateway = new JwtProperties(keys.get("CLINIC_JWT_PRIVATE_KEY"), null);
        ECPublicKey published = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(keys.get("CLINIC_JWT_PUBLIC_KEY"))));
        assertThat(published.getEncoded()).isEqualTo(gateway.signingKeys().getPublic().getEncoded());
    }

    private static Map<String, String> run() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Matcher lines = LINE.matcher(output);
        Map<String, String> keys = new HashMap<>();
        while (lines.find()) {
            keys.put(lines.group(1), lines.group(2));
        }
        assertThat(output.lines().count()).as(output).isEqualTo(2);
        return keys;
    }

    private static boolean opensslAvailable() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
