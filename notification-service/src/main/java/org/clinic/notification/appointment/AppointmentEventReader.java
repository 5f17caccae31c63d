package org.clinic.notification.appointment;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.clinic.events.appointment.AppointmentEvent;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a record's JSON into an {@link AppointmentEvent}. An {@code eventType} this build does not know yet
 * yields {@code null} (the producer may be newer than us); anything unparseable or incomplete is unreadable.
 */
@Component
class AppointmentEventReader {

    private final ObjectReader reader;

    AppointmentEventReader(JsonMapper jsonMapper) {
        this.reader = jsonMapper.readerFor(AppointmentEvent.class)
                .without(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);
    }

    AppointmentEvent read(String json) {
        AppointmentEvent event;
        try {
            JsonNode tree = reader.readTree(json);
            JsonNode type = tree.get("eventType");
            // Without the check a missing type would also read as null, i.e. as "newer than us", and be skipped.
            if (type == null || !type.isString() || type.asString().isBlank()) {
                throw new UnreadableRecordException("Record has no eventType");
            }
            event = reader.readValue(tree);
        } catch (JacksonException e) {
            // Not chained: the parser's exception would carry its message (with the value) into every stack trace.
            throw new UnreadableRecordException("Not an appointment event: " + describe(e));
        }
        if (event != null && (event.eventId() == null || event.appointmentId() == null)) {
            throw new UnreadableRecordException(event.eventType() + " lacks eventId or appointmentId");
        }
        if (event != null) {
            requireUsable(event);
        }
        return event;
    }

    /**
     * The kind of problem and where, never the parser's own message: that quotes the offending value, which may be
     * a patient's name or address, and this text is logged, kept in dead-letter headers and shown in the delivery log.
     */
    static String describe(JacksonException e) {
        StringBuilder where = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                where.append('[').append(step.getIndex()).append(']');
            }
        }
        return e.getClass().getSimpleName() + (where.isEmpty() ? "" : " at " + where);
    }

    /** managePath may be null (the message then says it has no link); everything else a message shows may not. */
    private static void requireUsable(AppointmentEvent event) {
        AppointmentSnapshot a = event.appointment();
        if (event.occurredAt() == null || event.version() < 1 || a == null || a.reference() == null
                || a.status() == null || a.start() == null || a.end() == null || a.patient() == null) {
            throw new UnreadableRecordException(event.eventType() + " lacks fields a patient message needs");
        }
        try {
            ZoneId.of(a.clinicTimeZone());
        } catch (DateTimeException | NullPointerException e) {
            throw new UnreadableRecordException(event.eventType() + " has no valid clinicTimeZone", e);
        }
    }
}
