package org.clinic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The settings every service shares live once, in service-platform's {@code clinic-platform.yml}, which each service
 * imports. An imported file wins over the file importing it, so a key set in both would be silently ignored in the
 * service's own file: that is refused here, as is a service that forgets the import.
 */
class PlatformSettingsTests {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final Path PLATFORM_FILE = PROJECT.resolve("service-platform/src/main/resources/clinic-platform.yml");
    private static final String IMPORT = "classpath:clinic-platform.yml";

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "content-service", "notification-service"})
    void everyServiceImportsThePlatformSettings(String module) {
        assertThat(importsPlatform(module)).as(module + " spring.config.import").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "content-service", "notification-service"})
    void noServiceRepeatsOrContradictsAPlatformSetting(String module) {
        Set<String> platformKeys = flatten(load(PLATFORM_FILE)).keySet();
        Set<String> ownKeys = flatten(load(applicationYml(module))).keySet();
        assertThat(ownKeys).as(module + " sets keys that clinic-platform.yml already sets (and wins over)")
                .doesNotContainAnyElementsOf(platformKeys);
    }

    static boolean importsPlatform(String module) {
        Object imports = flatten(load(applicationYml(module))).get("spring.config.import");
        return imports != null && imports.toString().contains(IMPORT);
    }

    private static Path applicationYml(String module) {
        return PROJECT.resolve(module).resolve("src/main/resources/application.yml");
    }

    private static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            return root == null ? Map.of() : root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dotted keys down to the leaves; Spring's "[a.b]" map keys are kept as written. */
    private static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new TreeMap<>();
        flatten("", tree, flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> into) {
        tree.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                flatten(path, (Map<String, Object>) child, into);
            } else {
                into.put(path, value);
            }
        });
    }
}
