package org.clinic.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Copies the four services' executable jars aside before starting them, laid out as LocalStack looks for them
 * ({@code <service>/target/<service>-*-exec.jar}): a build running meanwhile can then neither break the start
 * nor change what is measured halfway through.
 */
final class ServiceJars {

    private static final List<String> SERVICES = List.of("booking-service", "content-service",
            "notification-service", "gateway");

    private ServiceJars() {
    }

    /** @return the folder to give LocalStack as its project directory */
    static Path snapshot(Path project, Path into) throws IOException {
        for (String service : SERVICES) {
            Path target = project.resolve(service).resolve("target");
            Path jar = null;
            if (Files.isDirectory(target)) {
                try (DirectoryStream<Path> found = Files.newDirectoryStream(target, service + "-*-exec.jar")) {
                    for (Path candidate : found) {
                        jar = candidate;
                    }
                }
            }
            if (jar == null) {
                throw new IllegalStateException("No executable jar for " + service + " under " + target
                        + ". Build first: ./mvnw -q package -DskipTests");
            }
            Path copy = into.resolve(service).resolve("target").resolve(jar.getFileName());
            Files.createDirectories(copy.getParent());
            Files.copy(jar, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return into;
    }

    /** When the jars were built and from which commit, for the report. */
    static String describe(Path project, Path snapshot) throws IOException {
        List<String> built = new ArrayList<>();
        for (String service : SERVICES) {
            try (var jars = Files.list(snapshot.resolve(service).resolve("target"))) {
                for (Path jar : jars.toList()) {
                    built.add(service + " " + Instant.ofEpochMilli(Files.getLastModifiedTime(jar).toMillis())
                            .toString().substring(11, 19));
                }
            }
        }
        return "commit " + gitDescribe(project) + "; jars built at (UTC) " + String.join(", ", built);
    }

    private static String gitDescribe(Path project) {
        try {
            Process git = new ProcessBuilder("git", "-C", project.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
