package org.clinic.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.events.appointment.AppointmentCancelled;
import org.clinic.events.appointment.AppointmentEvent;
import org.clinic.events.appointment.AppointmentRescheduled;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.events.appointment.AppointmentStatusChanged;
import org.clinic.platform.secrets.SecretSeal;
import tools.jackson.databind.json.JsonMapper;

/**
 * One appointment's life as booking-service publishes it: each call yields the next event's JSON (version + 1),
 * serialized from the event-contracts records exactly as the producer does.
 */
public final class TestAppointment {

    /** CLINIC_MANAGE_LINK_KEY of the tests (application-it.yml): booking-service seals manage tokens with it. */
    public static final String MANAGE_LINK_KEY = "3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private static final SecretSeal SEAL = SecretSeal.fromBase64Key(MANAGE_LINK_KEY, "test key");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final UUID id = UUID.randomUUID();
    public final UUID patientId = UUID.randomUUID();
    public final String reference = "R" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
    /** The patient's manage token, as booking-service issues it: 43 base64url characters. */
    public final String manageToken = (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "").substring(0, 43);
    private final Clock clock;
    private String channel = "ONLINE";
    private String email;
    private String phone = "+447700900123";
    private boolean notify = true;
    private Instant start;
    private String status = "BOOKED";
    private long version;
    private Instant bookedAt;

    private TestAppointment(String email, Instant start, Clock clock) {
        this.email = email;
        this.start = start;
        this.clock = clock;
    }

    public static TestAppointment online(String email, Instant start, Clock clock) {
        return new TestAppointment(email, start, clock);
    }

    public TestAppointment byPhone() {
        channel = "PHONE";
        return this;
    }

    public TestAppointment contact(String email, String phone) {
        this.email = email;
        this.phone = phone;
        return this;
    }

    public String key() {
        return id.toString();
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Instant start() {
        return start;
    }

    /** When the last {@link #booked()} event says the booking committed. */
    public Instant bookedAt() {
        return bookedAt;
    }

    public String booked() {
        bookedAt = clock.instant();
        return json(AppointmentBooked.of(UUID.randomUUID(), bookedAt, ++version, snapshot(true), null));
    }

    /** A booking as booking-service published it before tokens were sealed: in the clear in {@code managePath}. */
    public String bookedWithClearToken() {
        bookedAt = clock.instant();
        return json(AppointmentBooked.of(UUID.randomUUID(), bookedAt, ++version, snapshot(false)
                .withManageLink("/manage/" + reference + "#token=" + manageToken, null), null));
    }

    /** Moved by the patient through their manage link, which the event then carries again. */
    public String rescheduledByPatient(Instant newStart) {
        Instant previous = start;
        start = newStart;
        return json(AppointmentRescheduled.of(UUID.randomUUID(), clock.instant(), ++version, snapshot(true),
                previous, previous.plus(Duration.ofMinutes(45)), UUID.randomUUID(), "PATIENT"));
    }

    public String rescheduled(Instant newStart, String by) {
        Instant previous = start;
        start = newStart;
        return json(AppointmentRescheduled.of(UUID.randomUUID(), clock.instant(), ++version, snapshot(false),
                previous, previous.plus(Duration.ofMinutes(45)), UUID.randomUUID(), by));
    }

    public String cancelled(String by) {
        status = "CANCELLED";
        return json(AppointmentCancelled.of(UUID.randomUUID(), clock.instant(), ++version, snapshot(false), by, null));
    }

    public String statusChanged(String newStatus) {
        String previous = status;
        status = newStatus;
        return json(AppointmentStatusChanged.of(UUID.randomUUID(), clock.instant(), ++version, snapshot(false),
                previous));
    }

    /** @param withLink as on events where booking-service knows the token: the page, and the token sealed */
    public AppointmentSnapshot snapshot(boolean withLink) {
        return new AppointmentSnapshot(id, reference, status, channel, start, start.plus(Duration.ofMinutes(45)),
                "Riverbend Physio", "+44 20 7946 0321", "Europe/London", UUID.randomUUID(), "Sam Okafor",
                UUID.randomUUID(), "Initial assessment", new AppointmentSnapshot.Patient(patientId, "Maya", "Fenwick",
                        email, phone), withLink ? "/manage/" + reference : null,
                withLink ? SEAL.seal(manageToken, AppointmentSnapshot.manageTokenContext(id)) : null, notify);
    }

    /** The link the patient must be able to follow from a message. */
    public String manageLink(String publicBaseUrl) {
        return publicBaseUrl + "/manage/" + reference + "#token=" + manageToken;
    }

    private static String json(AppointmentEvent event) {
        return JSON.writeValueAsString(event);
    }
}
