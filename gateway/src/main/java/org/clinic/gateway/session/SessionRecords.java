package org.clinic.gateway.session;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff_session table. Blocking JDBC: callers run it on {@code Schedulers.boundedElastic()}. */
@Repository
class SessionRecords {

    private final JdbcClient jdbc;

    SessionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String start(String username) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO staff_session (id, username) VALUES (:id, :username)")
                .param("id", id)
                .param("username", username)
                .update();
        return id.toString();
    }

    /**
     * Notes a request in an open session and answers whose it is; empty when it no longer counts. A session idle for
     * longer than {@code idleTimeout} is ended here (reason IDLE). An unknown or malformed id is simply not active.
     */
    Optional<String> touch(String id, Duration idleTimeout) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        Optional<String> owner = jdbc.sql("""
                        UPDATE staff_session SET last_activity_at = now()
                        WHERE id = :id AND ended_at IS NULL
                          AND last_activity_at > now() - :idle * interval '1 millisecond'
                        RETURNING username""")
                .param("id", uuid)
                .param("idle", idleTimeout.toMillis())
                .query(String.class)
                .optional();
        if (owner.isEmpty()) {
            end(id, SessionEnd.IDLE);
        }
        return owner;
    }

    /** Ends one open session; false when it was not open. */
    boolean end(String id, SessionEnd reason) {
        UUID uuid = parse(id);
        return uuid != null && jdbc.sql("UPDATE staff_session SET ended_at = now(), end_reason = :reason "
                        + "WHERE id = :id AND ended_at IS NULL")
                .param("reason", reason.name())
                .param("id", uuid)
                .update() == 1;
    }

    /** Ends every open session of a user but {@code keep} (null: all); the ids ended. */
    List<String> endAllOf(String username, SessionEnd reason, String keep) {
        UUID kept = parse(keep);
        return jdbc.sql("UPDATE staff_session SET ended_at = now(), end_reason = :reason "
                        + "WHERE lower(username) = lower(:username) AND ended_at IS NULL"
                        + (kept == null ? "" : " AND id <> :keep") + " RETURNING id")
                .param("reason", reason.name())
                .param("username", username)
                .params(kept == null ? Map.of() : Map.of("keep", kept))
                .query(String.class)
                .list();
    }

    /** Ends sessions idle or older than a token lives, and deletes ended ones older than {@code keepEnded}. */
    int tidy(Duration idleTimeout, Duration tokenLifetime, Duration keepEnded) {
        int ended = jdbc.sql("""
                        UPDATE staff_session
                        SET ended_at = now(),
                            end_reason = CASE WHEN created_at < now() - :lifetime * interval '1 millisecond'
                                              THEN 'EXPIRED' ELSE 'IDLE' END
                        WHERE ended_at IS NULL
                          AND (last_activity_at < now() - :idle * interval '1 millisecond'
                               OR created_at < now() - :lifetime * interval '1 millisecond')""")
                .param("idle", idleTimeout.toMillis())
                .param("lifetime", tokenLifetime.toMillis())
                .update();
        int deleted = jdbc.sql("DELETE FROM staff_session WHERE ended_at < now() - :keep * interval '1 millisecond'")
                .param("keep", keepEnded.toMillis())
                .update();
        return ended + deleted;
    }

    private static UUID parse(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
