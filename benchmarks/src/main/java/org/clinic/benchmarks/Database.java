package org.clinic.benchmarks;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Direct access to booking-service's database, for seeding, counting and the INSERT ceiling. */
record Database(String url, String user) {

    long count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(url, user, ""); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @return rows changed */
    long update(String sql) throws Exception {
        try (var c = DriverManager.getConnection(url, user, ""); var s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    List<UUID> uuids(String sql) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (var c = DriverManager.getConnection(url, user, ""); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * Waits until the relay has published every booking's event, so the next phase does not compete with a
     * backlog of the previous one. @return seconds waited
     */
    double awaitOutboxDrained() throws Exception {
        long began = System.nanoTime();
        long deadline = began + Duration.ofMinutes(2).toNanos();
        while (count("SELECT count(*) FROM outbox_event") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        return (System.nanoTime() - began) / 1e9;
    }

    /** The server settings that decide what a commit costs. */
    String describe() throws Exception {
        try (var c = DriverManager.getConnection(url, user, ""); var s = c.createStatement();
             var rs = s.executeQuery("SELECT current_setting('server_version'), current_setting('synchronous_commit'),"
                     + " current_setting('fsync'), current_setting('shared_buffers')")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1) + " (embedded; synchronous_commit=" + rs.getString(2) + ", fsync="
                    + rs.getString(3) + ", shared_buffers=" + rs.getString(4) + ")";
        }
    }
}
