package org.clinic.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Demo staff logins for the local run: random passwords made on the first run and kept in the data folder,
 * so they stay the same across restarts. Nothing here is used by the compose deployment.
 */
final class DemoCredentials {

    /** username to role, in the order they are printed. */
    static final Map<String, String> USERS = Map.of("desk", "FRONT_DESK", "editor", "EDITOR", "admin", "ADMIN");
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Map<String, String> passwords;

    private DemoCredentials(Map<String, String> passwords) {
        this.passwords = passwords;
    }

    static DemoCredentials loadOrCreate(Path file) throws IOException {
        var properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        var random = new SecureRandom();
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String user : new String[] {"desk", "editor", "admin"}) {
            String password = properties.getProperty(user);
            if (password == null) {
                password = random.ints(12, 0, ALPHABET.length()).mapToObj(i -> String.valueOf(ALPHABET.charAt(i)))
                        .collect(Collectors.joining());
                properties.setProperty(user, password);
            }
            passwords.put(user, password);
        }
        var written = new StringWriter();
        properties.store(written, "Demo staff passwords for the local run only");
        OwnerOnlyFile.write(file, written.toString());
        return new DemoCredentials(passwords);
    }

    Map<String, String> passwords() {
        return passwords;
    }

    /** The gateway's CLINIC_STAFF_USERS value: {@code user:bcrypt:ROLE,...}. */
    String staffUsersSetting() {
        var encoder = new BCryptPasswordEncoder();
        return passwords.entrySet().stream()
                .map(e -> e.getKey() + ":" + encoder.encode(e.getValue()) + ":" + USERS.get(e.getKey()))
                .collect(Collectors.joining(","));
    }
}
