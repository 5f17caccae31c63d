package org.clinic.gateway.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The list of common passwords shipped with the gateway ({@code account/common-passwords.txt}), lower-cased. */
@Component
class CommonPasswords {

    static final String RESOURCE = "account/common-passwords.txt";

    private final Set<String> passwords;

    CommonPasswords() {
        Set<String> loaded = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .forEach(loaded::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        this.passwords = Set.copyOf(loaded);
    }

    boolean contains(String lowerCased) {
        return passwords.contains(lowerCased);
    }

    int size() {
        return passwords.size();
    }
}
