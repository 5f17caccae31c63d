package org.clinic.booking.appointment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many upcoming visits one patient (one stored patient, found by email) may hold from online bookings: enough
 * for a course of treatment, too few for a script to fill a practitioner's week under someone's name. Desk bookings
 * neither count nor are held to it.
 */
@Component
class OnlineBookingCap {

    private static final String REACHED = "Too many upcoming online bookings";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int max;
    private final String clinicPhone;

    OnlineBookingCap(JdbcClient jdbc, Clock clock, ClinicProperties clinic,
            OnlineBookingProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.max = properties.maxFutureOnlineBookings();
        this.clinicPhone = clinic.phone();
    }

    /**
     * Refuses (409) when the patient already holds the maximum. Runs in the booking's transaction and first locks
     * the patient's row, so two bookings for one patient are counted one after the other: of two racing for the
     * last place, the second counts the first's appointment once that commits, and is refused.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void checkRoomFor(UUID patientId) {
        jdbc.sql("SELECT id FROM patient WHERE id = :id FOR UPDATE").param("id", patientId).query(UUID.class).single();
        long held = jdbc.sql("""
                        SELECT count(*) FROM appointment
                        WHERE patient_id = :id AND channel = 'ONLINE' AND status = 'BOOKED' AND start_at > :now""")
                .param("id", patientId).param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Long.class).single();
        if (held >= max) {
            throw new ApiProblemException(HttpStatus.CONFLICT, REACHED, "You already have " + held
                    + " upcoming appointments booked online, the most we take online for one person. To book"
                    + " another, please call the clinic at " + clinicPhone + ".").with("maxFutureOnlineBookings", max);
        }
    }

    int max() {
        return max;
    }

    static boolean isReached(ApiProblemException e) {
        return REACHED.equals(e.getBody().getTitle());
    }
}
