package org.clinic.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerIT {

    @Test
    void createsIsolatedDatabasesThatSupportRangeExclusionConstraints() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        String url = server.createFreshDatabase("probe");
        assertThat(url).isNotEqualTo(server.createFreshDatabase("probe"));

        try (var c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
             var s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
            s.execute("CREATE TABLE booking (who int, occupied tstzrange,"
                    + " EXCLUDE USING gist (who WITH =, occupied WITH &&))");
            s.execute("INSERT INTO booking VALUES (1, tstzrange('2026-12-01 09:00Z', '2026-12-01 10:00Z'))");
            assertThatThrownBy(() -> s.execute(
                    "INSERT INTO booking VALUES (1, tstzrange('2026-12-01 09:30Z', '2026-12-01 10:00Z'))"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("23P01");
        }
    }

    @Test
    void aPersistentServerRestartsOnItsPortWithItsDataAndOneDatabaseCanRefuseConnections() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))),
                "restart-");
        try (var server = EmbeddedPostgresServer.startPersistent(data.resolve("pg"), port)) {
            String url = server.ensureDatabase("drill");
            try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
                s.execute("CREATE TABLE kept (n int)");
                s.execute("INSERT INTO kept VALUES (42)");
            }

            server.stop();
            assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001"); // connection refused
            server.startAgain();
            try (var c = DriverManager.getConnection(url); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT n FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }

            try (var open = DriverManager.getConnection(url)) {
                server.refuseConnections("drill");
                assertThatThrownBy(() -> open.createStatement().execute("SELECT 1"))
                        .as("a session of the database is ended").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("55000");
                try (var other = DriverManager.getConnection(server.jdbcUrl("postgres"))) {
                    assertThat(other.isValid(2)).as("the server's other databases stay up").isTrue();
                }
            }
            server.acceptConnections("drill");
            try (var c = DriverManager.getConnection(url)) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }
}
