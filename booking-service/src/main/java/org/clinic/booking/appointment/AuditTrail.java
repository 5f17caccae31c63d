package org.clinic.booking.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Appends who changed an appointment, how and from what to what; in the caller's transaction. */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One change as the desk's history shows it; {@code before} is null for the booking itself. */
    public record Entry(Instant at, ActorKind actorKind, String actor, String channel, String action, State before,
            State after) {
    }

    /** An appointment's state in an audit row; {@code reason} only on a cancellation that gave one. */
    public record State(AppointmentStatus status, UUID practitionerId, Instant start, Instant end, String reason) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Actor actor, String action, Appointment before, Appointment after) {
        record(actor, action, before, after, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Actor actor, String action, Appointment before, Appointment after, String reason) {
        Map<String, Object> afterState = state(after);
        if (reason != null && !reason.isBlank()) {
            afterState.put("reason", reason.strip());
        }
        jdbc.sql("""
                        INSERT INTO appointment_audit (appointment_id, actor_type, actor, channel, action,
                            before_state, after_state)
                        VALUES (:id, :actorType, :actor, :channel, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .param("id", after.id())
                .param("actorType", actor.kind().name())
                .param("actor", actor.name())
                .param("channel", actor.isStaff() ? "DESK" : "ONLINE")
                .param("action", action)
                .param("before", before == null ? null : json.writeValueAsString(state(before)))
                .param("after", json.writeValueAsString(afterState))
                .update();
    }

    /** Every change of one appointment, oldest first. */
    public List<Entry> history(UUID appointmentId) {
        return jdbc.sql("""
                        SELECT at, actor_type, actor, channel, action, before_state::text AS before_state,
                               after_state::text AS after_state
                        FROM appointment_audit WHERE appointment_id = :id ORDER BY id""")
                .param("id", appointmentId)
                .query((rs, n) -> new Entry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        ActorKind.valueOf(rs.getString("actor_type")), rs.getString("actor"), rs.getString("channel"),
                        rs.getString("action"), read(rs.getString("before_state")), read(rs.getString("after_state"))))
                .list();
    }

    private State read(String stored) {
        if (stored == null) {
            return null;
        }
        var node = json.readTree(stored);
        return new State(AppointmentStatus.valueOf(node.get("status").asString()),
                UUID.fromString(node.get("practitionerId").asString()), Instant.parse(node.get("start").asString()),
                Instant.parse(node.get("end").asString()), node.has("reason") ? node.get("reason").asString() : null);
    }

    private static Map<String, Object> state(Appointment a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", a.status().name());
        state.put("practitionerId", a.practitionerId());
        state.put("start", a.start().toString());
        state.put("end", a.end().toString());
        state.put("version", a.version());
        return state;
    }
}
