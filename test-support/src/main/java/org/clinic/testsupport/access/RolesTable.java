package org.clinic.testsupport.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.testsupport.StaffTokens;

/**
 * The README's "Who may do what" table, read so that tests can hold the code to it. Each row is one action with an
 * example request, a yes or no per column (Public, then each role) and the module whose tests check it
 * ({@code checked in}): each service checks its own rows, the gateway the rows of what it does itself.
 */
public final class RolesTable {

    public static final String HEADING = "## Who may do what";
    /** The columns after the example request, in the table's order; "Public" means without a token. */
    public static final List<String> WHO = List.of("Public", "FRONT_DESK", "EDITOR", "ADMIN");

    /** @param allowed per entry of {@link #WHO} */
    public record Row(String action, String method, String path, Map<String, Boolean> allowed, String checkedIn) {

        @Override
        public String toString() {
            return action + " (" + method + " " + path + ")";
        }
    }

    private RolesTable() {
    }

    /** The rows a module checks, e.g. {@code rowsCheckedIn("booking-service")}. */
    public static List<Row> rowsCheckedIn(String module) {
        return rows(readme()).stream().filter(row -> row.checkedIn().equals(module)).toList();
    }

    /**
     * Sends the row's example request without a token ("Public") and with a valid token of each role
     * ({@link StaffTokens#valid}); allowed means not refused (no 401, 403 or way to the login page).
     *
     * @return one line per column where the service disagrees with the table, empty when they agree
     */
    public static List<String> disagreements(Row row, AccessProbe probe) {
        List<String> disagreements = new ArrayList<>();
        row.allowed().forEach((who, allowed) -> {
            AccessProbe.Answer answer = probe.send(row.method(), row.path(),
                    who.equals("Public") ? null : StaffTokens.valid(who));
            if (answer.refused() == allowed) {
                disagreements.add(row + " for " + who + ": the table says " + (allowed ? "yes" : "no")
                        + ", the service answered " + answer);
            }
        });
        return disagreements;
    }

    static List<Row> rows(List<String> lines) {
        int heading = lines.indexOf(HEADING);
        if (heading < 0) {
            throw new IllegalStateException("README.md has no section \"" + HEADING + "\"");
        }
        List<String> table = lines.subList(heading + 1, lines.size()).stream()
                .dropWhile(line -> !line.startsWith("|")).takeWhile(line -> line.startsWith("|")).toList();
        List<String> header = cells(table.get(0));
        List<String> expected = new ArrayList<>(List.of("action", "example request"));
        expected.addAll(WHO);
        expected.add("checked in");
        if (!header.equals(expected)) {
            throw new IllegalStateException("The roles table's columns must be " + expected + ", not " + header);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : table.subList(2, table.size())) {
            List<String> cells = cells(line);
            String[] request = cells.get(1).replace("`", "").strip().split("\\s+", 2);
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < WHO.size(); i++) {
                allowed.put(WHO.get(i), yesOrNo(cells.get(2 + i), line));
            }
            rows.add(new Row(cells.get(0), request[0], request[1], allowed, cells.get(2 + WHO.size()).strip()));
        }
        return rows;
    }

    private static boolean yesOrNo(String cell, String line) {
        return switch (cell.strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException("Not yes or no: \"" + cell + "\" in " + line);
        };
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    /** The project's README.md: tests run in a module's directory, so it is found by going up. */
    private static List<String> readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.isRegularFile(dir.resolve("mvnw"))) {
                try {
                    return Files.readAllLines(readme);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("No README.md next to mvnw above " + Path.of("").toAbsolutePath());
    }
}
