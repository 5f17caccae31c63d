package org.clinic.booking.catalogue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Practitioners and the appointment types they offer: small tables read on every slot search and booking, so they
 * are held in memory and reloaded at most every {@code clinic.catalogue.refresh}. An admin's change drops this
 * instance's snapshot at once ({@link #changed()}); other instances see it within that refresh interval.
 */
@Repository
public class Catalogue {

    private final JdbcClient jdbc;
    private final long refreshNanos;
    private volatile Snapshot snapshot;

    /** {@code loadedAt} from {@link System#nanoTime()}: cache age is elapsed time, not the business clock. */
    private record Snapshot(List<AppointmentType> types, List<AppointmentType> offered, List<Practitioner> practitioners,
            long loadedAt) {
    }

    Catalogue(JdbcClient jdbc, @Value("${clinic.catalogue.refresh:PT10S}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    /** The types offered for new bookings (retired ones left out), in the clinic's order. */
    public List<AppointmentType> appointmentTypes() {
        return current().offered();
    }

    public List<Practitioner> practitioners() {
        return current().practitioners();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.loadedAt() >= refreshNanos) {
            var types = List.copyOf(loadAppointmentTypes());
            s = new Snapshot(types, types.stream().filter(AppointmentType::active).toList(),
                    List.copyOf(loadPractitioners()), now);
            snapshot = s;
        }
        return s;
    }

    private List<AppointmentType> loadAppointmentTypes() {
        Map<UUID, List<UUID>> offeredBy = links(true);
        return jdbc.sql("""
                        SELECT id, name, description, duration_minutes, buffer_minutes, online_bookable, active
                        FROM appointment_type ORDER BY sort_order, name""")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new AppointmentType(id, rs.getString("name"), rs.getString("description"),
                            rs.getInt("duration_minutes"), rs.getInt("buffer_minutes"), rs.getBoolean("online_bookable"),
                            rs.getBoolean("active"), offeredBy.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** Any type, retired or not: for appointments already made with it. */
    public Optional<AppointmentType> appointmentType(UUID id) {
        return current().types().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A type that may be booked now: what a new booking or a slot search asks for. */
    public Optional<AppointmentType> offeredType(UUID id) {
        return appointmentType(id).filter(AppointmentType::active);
    }

    /** Called after a change to the catalogue's tables, so this instance answers from them at once. */
    void changed() {
        snapshot = null;
    }

    private List<Practitioner> loadPractitioners() {
        Map<UUID, List<UUID>> offers = links(false);
        return jdbc.sql("SELECT id, name, credentials, title FROM practitioner WHERE active ORDER BY name")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Practitioner(id, rs.getString("name"), rs.getString("credentials"),
                            rs.getString("title"), offers.getOrDefault(id, List.of()));
                })
                .list();
    }

    public Optional<Practitioner> practitioner(UUID id) {
        return practitioners().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Type to practitioners when {@code byType}, else practitioner to types; active practitioners only. */
    private Map<UUID, List<UUID>> links(boolean byType) {
        return jdbc.sql("""
                        SELECT pat.practitioner_id, pat.appointment_type_id
                        FROM practitioner_appointment_type pat JOIN practitioner p ON p.id = pat.practitioner_id
                        WHERE p.active ORDER BY p.name""")
                .query((rs, n) -> Map.entry(
                        rs.getObject(byType ? "appointment_type_id" : "practitioner_id", UUID.class),
                        rs.getObject(byType ? "practitioner_id" : "appointment_type_id", UUID.class)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
    }
}
