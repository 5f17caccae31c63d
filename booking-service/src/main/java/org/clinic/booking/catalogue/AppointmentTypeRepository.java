package org.clinic.booking.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes to the appointment types and who offers them; reading goes through the cached {@link Catalogue}. */
@Repository
class AppointmentTypeRepository {

    private final JdbcClient jdbc;

    AppointmentTypeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new type is listed after the existing ones. */
    void insert(AppointmentType type) {
        jdbc.sql("""
                        INSERT INTO appointment_type (id, name, description, duration_minutes, buffer_minutes,
                            online_bookable, active, sort_order)
                        SELECT :id, :name, :description, :duration, :buffer, :onlineBookable, :active,
                            coalesce(max(sort_order), 0) + 1
                        FROM appointment_type""")
                .params(columns(type))
                .update();
    }

    /** @return false when there is no such type */
    boolean update(AppointmentType type) {
        return jdbc.sql("""
                        UPDATE appointment_type SET name = :name, description = :description,
                            duration_minutes = :duration, buffer_minutes = :buffer,
                            online_bookable = :onlineBookable, active = :active
                        WHERE id = :id""")
                .params(columns(type))
                .update() == 1;
    }

    /** Replaces who offers the type with exactly {@code practitionerIds}. */
    void offeredBy(UUID typeId, List<UUID> practitionerIds) {
        jdbc.sql("DELETE FROM practitioner_appointment_type WHERE appointment_type_id = :type")
                .param("type", typeId).update();
        for (UUID practitioner : practitionerIds) {
            jdbc.sql("INSERT INTO practitioner_appointment_type (practitioner_id, appointment_type_id) VALUES (:p, :t)")
                    .param("p", practitioner).param("t", typeId).update();
        }
    }

    /** Those of {@code ids} that are practitioners of the clinic (active ones). */
    List<UUID> practitioners(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM practitioner WHERE active AND id IN (:ids)")
                .param("ids", ids).query(UUID.class).list();
    }

    /**
     * How many types other than {@code id} are active, with those rows locked until the transaction ends, so two
     * admins retiring the last two types at once cannot both succeed (the second re-reads after the first commits).
     */
    int otherActiveTypesLocked(UUID id) {
        return jdbc.sql("SELECT id FROM appointment_type WHERE active AND id <> :id FOR UPDATE")
                .param("id", id).query(UUID.class).list().size();
    }

    private static Map<String, Object> columns(AppointmentType type) {
        return Map.of("id", type.id(), "name", type.name(), "description", type.description(),
                "duration", type.durationMinutes(), "buffer", type.bufferMinutes(),
                "onlineBookable", type.onlineBookable(), "active", type.active());
    }
}
