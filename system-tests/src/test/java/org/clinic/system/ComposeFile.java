package org.clinic.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml read the way {@code docker compose} reads it for one service's environment: anchors and merge
 * keys resolved (SnakeYAML), {@code ${VAR:?message}}, {@code ${VAR:-default}} and friends interpolated from a .env,
 * a bare {@code VAR:} passed on only when the .env sets it.
 */
final class ComposeFile {

    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, Map<String, Object>> services;

    private ComposeFile(Map<String, Map<String, Object>> services) {
        this.services = services;
    }

    @SuppressWarnings("unchecked")
    static ComposeFile read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> compose = new Yaml().load(reader);
            return new ComposeFile((Map<String, Map<String, Object>>) compose.get("services"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the service's image listens on: the PORT build argument, which the Dockerfile EXPOSEs. */
    @SuppressWarnings("unchecked")
    int containerPort(String service) {
        var build = (Map<String, Object>) service(service).get("build");
        var args = build == null ? null : (Map<String, Object>) build.get("args");
        if (args == null || args.get("PORT") == null) {
            throw new IllegalStateException("docker-compose.yml: " + service + " has no build.args.PORT");
        }
        return Integer.parseInt(String.valueOf(args.get("PORT")));
    }

    /**
     * Exactly the variables compose puts into the service's container, given the .env. Fails, as compose refuses to
     * start, when a {@code ${VAR:?message}} finds VAR unset or empty.
     */
    @SuppressWarnings("unchecked")
    Map<String, String> environment(String service, Map<String, String> dotEnv) {
        Object declared = service(service).get("environment");
        if (!(declared instanceof Map<?, ?>)) {
            throw new IllegalStateException("docker-compose.yml: " + service + " has no environment map");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) declared).forEach((name, value) -> {
            if (value == null) {
                // "VAR:" with no value: compose passes VAR on from .env (or its own shell, which this test does not
                // consult: the run must not depend on who starts it) and leaves it out when unset.
                if (dotEnv.containsKey(name)) {
                    environment.put(name, dotEnv.get(name));
                }
            } else {
                environment.put(name, interpolate(service + "." + name, String.valueOf(value), dotEnv));
            }
        });
        return environment;
    }

    private Map<String, Object> service(String name) {
        Map<String, Object> service = services.get(name);
        if (service == null) {
            throw new IllegalStateException("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** Compose's interpolation (the subset without nesting): $$, $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e}, ${VAR:+r}. */
    static String interpolate(String where, String text, Map<String, String> dotEnv) {
        Matcher m = VARIABLE.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else if (m.group(4) != null) {
                replacement = dotEnv.getOrDefault(m.group(4), "");
            } else {
                String name = m.group(1);
                String operator = m.group(2);
                String argument = m.group(3);
                String value = dotEnv.get(name);
                boolean set = value != null;
                boolean setAndNonEmpty = set && !value.isEmpty();
                replacement = switch (operator == null ? "" : operator) {
                    case "" -> set ? value : "";
                    case ":-" -> setAndNonEmpty ? value : argument;
                    case "-" -> set ? value : argument;
                    case ":+" -> setAndNonEmpty ? argument : "";
                    case "+" -> set ? argument : "";
                    case ":?", "?" -> {
                        if (operator.equals(":?") ? !setAndNonEmpty : !set) {
                            // Compose's own words: "required variable VAR is missing a value: message".
                            throw new IllegalStateException("docker-compose.yml, " + where + ": required variable "
                                    + name + " is missing a value: " + argument);
                        }
                        yield value;
                    }
                    default -> throw new IllegalStateException("unknown operator " + operator);
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
