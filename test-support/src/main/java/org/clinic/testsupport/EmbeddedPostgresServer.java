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

    private final EmbeddedPostgres.Builder builder;
    private final boolean persistent;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private final AtomicInteger databaseCounter = new AtomicInteger();

    private EmbeddedPostgresServer(EmbeddedPostgres.Builder builder, boolean persistent, EmbeddedPostgres postgres) {
        this.builder = builder;
        this.persistent = persistent;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /** A throw-away server on a free port, cleaned up on close. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(EmbeddedPostgres.builder().setCleanDataDirectory(true), false);
    }

    /** A server whose data outlives restarts, as the local run needs. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The owner stops it in order, after the services that use it, not in a JVM shutdown race.
                .setRegisterShutdownHook(false)
                .setPort(port), true);
    }

    /** One server per test JVM; every test context creates its own database on it. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            shared = startEphemeral();
        }
        return shared;
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder, boolean persistent) {
        try {
            // Builds point java.io.tmpdir under target/, which may not exist yet.
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            builder.setServerConfig("max_connections", "300");
            return new EmbeddedPostgresServer(builder, persistent, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /**
     * Stops a {@link #startPersistent persistent} server as an operator's restart would (pg_ctl's fast shutdown:
     * sessions are ended, then connections refused) until {@link #startAgain()}; the data stays.
     */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        if (!persistent) {
            throw new IllegalStateException("Only a persistent server keeps its data and port across a restart");
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    /** Starts a stopped persistent server again on its port and data directory; returns once it accepts clients. */
    public synchronized void startAgain() {
        if (postgres != null) {
            throw new IllegalStateException("PostgreSQL is already running");
        }
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start again", e);
        }
    }

    /**
     * One database down while the server and its other databases stay up: new connections to it are refused
     * ("database is not currently accepting connections") and its open sessions are ended, as if its own server had
     * gone away. {@link #acceptConnections} brings it back.
     */
    public void refuseConnections(String database) {
        execute("ALTER DATABASE " + identifier(database) + " ALLOW_CONNECTIONS false");
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + identifier(database)
                + "' AND pid <> pg_backend_pid()");
    }

    public void acceptConnections(String database) {
        execute("ALTER DATABASE " + identifier(database) + " ALLOW_CONNECTIONS true");
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        return name;
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
        // Known while a drill has the server stopped, too: the port stays across a restart.
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + USER;
    }

    public int port() {
        return port;
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
    public synchronized void close() {
        if (postgres == null) {
            return; // stopped by a drill and not started again
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
