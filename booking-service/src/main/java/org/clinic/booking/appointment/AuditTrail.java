package org.clinic.booking.appointment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Appends who changed an appointment, how and from what to what; in the caller's transaction. */
@Component
class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Actor actor, String action, Appointment before, Appointment after) {
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
                .param("after", json.writeValueAsString(state(after)))
                .update();
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
