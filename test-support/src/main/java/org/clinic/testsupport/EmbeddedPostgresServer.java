package org.clinic.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 server run from the zonky binaries, for tests and the local run.
 * Each service gets its own database on it, as it would on a shared production server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databaseCounter = new AtomicInteger();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port, cleaned up on close. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(EmbeddedPostgres.builder().setCleanDataDirectory(true));
    }

    /** A server whose data outlives restarts, as the local run needs. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The owner stops it in order, after the services that use it, not in a JVM shutdown race.
                .setRegisterShutdownHook(false)
                .setPort(port));
    }

    /** One server per test JVM; every test context creates its own database on it. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            shared = startEphemeral();
        }
        return shared;
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder) {
        try {
            // Builds point java.io.tmpdir under target/, which may not exist yet.
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            return new EmbeddedPostgresServer(builder.setServerConfig("max_connections", "300").start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Creates a fresh, uniquely named database and returns its JDBC URL. */
    public String createFreshDatabase(String prefix) {
        String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_")
                + "_" + databaseCounter.incrementAndGet() + "_" + ProcessHandle.current().pid();
        execute("CREATE DATABASE " + name);
        return jdbcUrl(name);
    }

    /** Creates the database unless it exists (local run restarts) and returns its JDBC URL. */
    public String ensureDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    public int port() {
        return postgres.getPort();
    }

    private void execute(String sql) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
