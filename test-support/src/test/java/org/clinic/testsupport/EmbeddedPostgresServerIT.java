package org.clinic.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
