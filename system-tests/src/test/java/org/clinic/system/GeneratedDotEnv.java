package org.clinic.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The .env that deploy/generate-env.sh would write, made in Java: the script's here-document is read line by line
 * and each line reproduced (random hex and base64 secrets, jwt-keys.sh's key pair, the admin's BCrypt entry), so a
 * variable the script stops writing, or writes under another name, is missing here too. A line this class does not
 * know how to make fails loudly rather than being skipped.
 */
final class GeneratedDotEnv {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern HERE_DOCUMENT = Pattern.compile("<<EOF\\n(.*?)\\nEOF\\n", Pattern.DOTALL);
    private static final Pattern RANDOM_HEX = Pattern.compile("([A-Z_]+)='\\$\\(openssl rand -hex (\\d+)\\)'");
    private static final Pattern RANDOM_BASE64 =
            Pattern.compile("([A-Z_]+)='\\$\\(openssl rand -base64 (\\d+) \\| tr -d '\\\\n'\\)'");
    private static final Pattern LITERAL = Pattern.compile("([A-Z_]+)='([^'$]*(?:\\$(?:admin|hash)[^'$]*)*)'");
    /** jwt-keys.sh: {@code printf "CLINIC_JWT_PRIVATE_KEY='%s'\n" "$private_key"}. */
    private static final Pattern KEY_LINE = Pattern.compile("printf \"([A-Z_]+)='%s'\\\\n\" \"\\$(private_key|public_key)\"");

    private GeneratedDotEnv() {
    }

    static Map<String, String> make(Path project, String admin, String password) {
        String script = read(project.resolve("deploy/generate-env.sh"));
        Matcher document = HERE_DOCUMENT.matcher(script);
        if (!document.find()) {
            throw new IllegalStateException("deploy/generate-env.sh has no <<EOF here-document any more");
        }
        // htpasswd -B -C 10 writes $2y$ hashes; the gateway must take them as the script makes them.
        String hash = new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2Y, 10).encode(password);
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : document.group(1).split("\n")) {
            Matcher m;
            if ((m = RANDOM_HEX.matcher(line)).matches()) {
                env.put(m.group(1), HexFormat.of().formatHex(randomBytes(Integer.parseInt(m.group(2)))));
            } else if ((m = RANDOM_BASE64.matcher(line)).matches()) {
                env.put(m.group(1), Base64.getEncoder().encodeToString(randomBytes(Integer.parseInt(m.group(2)))));
            } else if (line.equals("$jwt_keys")) {
                env.putAll(jwtKeys(project));
            } else if ((m = LITERAL.matcher(line)).matches()) {
                env.put(m.group(1), m.group(2).replace("$admin", admin).replace("$hash", hash));
            } else {
                throw new IllegalStateException("deploy/generate-env.sh writes a line this test cannot reproduce: " + line);
            }
        }
        return env;
    }

    /** What deploy/jwt-keys.sh prints: an EC P-256 pair, PKCS#8 and X.509 DER in base64, under the names it uses. */
    private static Map<String, String> jwtKeys(Path project) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher m = KEY_LINE.matcher(read(project.resolve("deploy/jwt-keys.sh")));
        while (m.find()) {
            var key = m.group(2).equals("private_key") ? pair.getPrivate() : pair.getPublic();
            keys.put(m.group(1), Base64.getEncoder().encodeToString(key.getEncoded()));
        }
        if (keys.size() != 2) {
            throw new IllegalStateException("deploy/jwt-keys.sh no longer prints the two key lines this test knows");
        }
        return keys;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
