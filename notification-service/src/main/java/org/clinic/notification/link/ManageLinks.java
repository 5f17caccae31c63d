package org.clinic.notification.link;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinic.events.appointment.AppointmentEvent;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.delivery.LinkTokens;
import org.clinic.platform.secrets.SecretSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code manage_link} table: each appointment's manage link while a message may still need it, its token only
 * sealed. Messages are composed with the token withheld and get it from here as they are sent. A link goes as soon
 * as the appointment is no longer booked (cancelled, arrived, done, no-show), and the retention job removes what is
 * left once the appointment has started.
 */
@Repository
public class ManageLinks implements LinkTokens {

    private static final Logger log = LoggerFactory.getLogger(ManageLinks.class);
    private static final String BOOKED = "BOOKED";
    /** How records from before {@code sealedManageToken} carried the token: in the clear, in {@code managePath}. */
    private static final String CLEAR_TOKEN = "#token=";

    private final JdbcClient jdbc;
    private final SecretSeal seal;
    private final Clock clock;

    ManageLinks(JdbcClient jdbc, SecretSeal manageTokenSeal, Clock clock) {
        this.jdbc = jdbc;
        this.seal = manageTokenSeal;
        this.clock = clock;
    }

    /** For an event that has just advanced the appointment's recorded state: keeps its link in step with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void follow(AppointmentEvent event) {
        AppointmentSnapshot a = event.appointment();
        if (!BOOKED.equals(a.status())) {
            jdbc.sql("DELETE FROM manage_link WHERE appointment_id = :id").param("id", a.id()).update();
            return;
        }
        Optional<Link> link = linkIn(a);
        if (link.isEmpty()) {
            // A change the patient did not make (the desk moved it) carries no token: the known link still holds.
            jdbc.sql("UPDATE manage_link SET start_at = :start, updated_at = :now WHERE appointment_id = :id")
                    .param("id", a.id()).param("start", utc(a.start())).param("now", utc(clock.instant())).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO manage_link (appointment_id, manage_path, sealed_token, start_at, updated_at)
                VALUES (:id, :path, :sealed, :start, :now)
                ON CONFLICT (appointment_id) DO UPDATE SET manage_path = EXCLUDED.manage_path,
                    sealed_token = EXCLUDED.sealed_token, start_at = EXCLUDED.start_at, updated_at = EXCLUDED.updated_at
                """)
                .param("id", a.id()).param("path", link.get().path()).param("sealed", link.get().sealedToken())
                .param("start", utc(a.start())).param("now", utc(clock.instant()))
                .update();
    }

    /**
     * The appointment as a message may describe it: with the stored link's page (the token is withheld until
     * sending) or, when none is stored, without a link; never with what the event or a snapshot carried.
     */
    public AppointmentSnapshot withStoredLink(AppointmentSnapshot a) {
        String path = jdbc.sql("SELECT manage_path FROM manage_link WHERE appointment_id = :id")
                .param("id", a.id()).query(String.class).optional().orElse(null);
        return a.withManageLink(path, null);
    }

    @Override
    public Map<UUID, String> forAppointments(Collection<UUID> appointmentIds) {
        List<Map.Entry<UUID, String>> sealed = jdbc.sql(
                        "SELECT appointment_id, sealed_token FROM manage_link WHERE appointment_id IN (:ids)")
                .param("ids", List.copyOf(appointmentIds))
                .query((rs, n) -> Map.entry(rs.getObject("appointment_id", UUID.class), rs.getString("sealed_token")))
                .list();
        Map<UUID, String> tokens = new HashMap<>();
        for (var row : sealed) {
            seal.open(row.getValue(), AppointmentSnapshot.manageTokenContext(row.getKey()))
                    .ifPresentOrElse(token -> tokens.put(row.getKey(), token), () -> log.warn(
                            "Manage link of appointment {} no longer opens (CLINIC_MANAGE_LINK_KEY changed?); "
                                    + "its message links to the manage page without the code", row.getKey()));
        }
        return tokens;
    }

    private Optional<Link> linkIn(AppointmentSnapshot a) {
        String path = a.managePath();
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        int fragment = path.indexOf('#');
        String page = fragment < 0 ? path : path.substring(0, fragment);
        String context = AppointmentSnapshot.manageTokenContext(a.id());
        if (a.sealedManageToken() != null) {
            if (seal.open(a.sealedManageToken(), context).isEmpty()) {
                log.warn("Manage token of appointment {} does not open with this service's CLINIC_MANAGE_LINK_KEY "
                        + "(not booking-service's?); its messages go without a link", a.id());
                return Optional.empty();
            }
            return Optional.of(new Link(page, a.sealedManageToken()));
        }
        int clear = path.indexOf(CLEAR_TOKEN);
        if (clear >= 0 && clear + CLEAR_TOKEN.length() < path.length()) {
            return Optional.of(new Link(page, seal.seal(path.substring(clear + CLEAR_TOKEN.length()), context)));
        }
        return Optional.empty();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Link(String path, String sealedToken) {
    }
}
