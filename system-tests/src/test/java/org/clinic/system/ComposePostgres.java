package org.clinic.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embedded PostgreSQL set up as compose's postgres container is: the superuser's password from POSTGRES_PASSWORD,
 * and deploy/postgres/init-databases.sh's roles and databases made from that script's own SQL with the passwords
 * compose hands the container. Passwords are checked (scram-sha-256): a service given a wrong or no password, or
 * the wrong user, is refused as it would be in compose.
 */
final class ComposePostgres {

    private static final Pattern SQL_DOCUMENT = Pattern.compile("<<'SQL'\\n(.*?)\\nSQL\\n", Pattern.DOTALL);
    private static final Pattern CALL =
            Pattern.compile("(?m)^create_service_database (\\w+) \"\\$\\{(\\w+):-}\"$");

    private ComposePostgres() {
    }

    static EmbeddedPostgres start(int port, Path project, Map<String, String> containerEnvironment, Path work) {
        try {
            Files.createDirectories(work);
            // The library makes its data directory under java.io.tmpdir, which the build points into target/.
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            // The embedded server's initdb trusts everyone. Here only its own bootstrap connection (superuser, to
            // database "postgres", which is how the library and init-databases.sh connect) goes without a password;
            // every service database needs the role's password, as on the postgres image (scram-sha-256).
            Path hba = work.resolve("pg_hba.conf");
            Files.writeString(hba, """
                    local all all trust
                    host postgres postgres 127.0.0.1/32 trust
                    host postgres postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setCleanDataDirectory(true)
                    .setServerConfig("hba_file", hba.toString())
                    .start();
            initialise(postgres, project, containerEnvironment);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** What the postgres image and its /docker-entrypoint-initdb.d script do on the first start. */
    private static void initialise(EmbeddedPostgres postgres, Path project, Map<String, String> environment)
            throws IOException {
        String script = Files.readString(project.resolve("deploy/postgres/init-databases.sh"));
        Matcher sql = SQL_DOCUMENT.matcher(script);
        if (!sql.find()) {
            throw new IllegalStateException("deploy/postgres/init-databases.sh has no <<'SQL' here-document any more");
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD " + literal(required(environment, "POSTGRES_PASSWORD", "postgres")));
            Matcher call = CALL.matcher(script);
            int roles = 0;
            while (call.find()) {
                String name = call.group(1);
                String password = required(environment, call.group(2), name);
                // psql's :"name" quotes an identifier, :'password' a literal.
                String statements = sql.group(1).replace(":\"name\"", "\"" + name.replace("\"", "\"\"") + "\"")
                        .replace(":'password'", literal(password));
                for (String statement : statements.split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
                roles++;
            }
            if (roles == 0) {
                throw new IllegalStateException("deploy/postgres/init-databases.sh creates no service database");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("init-databases.sh's SQL failed", e);
        }
    }

    /** The script stops the container's first start when a password is missing; so does this. */
    private static String required(Map<String, String> environment, String variable, String role) {
        String value = environment.getOrDefault(variable, "");
        if (value.isEmpty()) {
            throw new IllegalStateException("postgres container: no password given for role '" + role + "' ("
                    + variable + " is not in its compose environment)");
        }
        return value;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
