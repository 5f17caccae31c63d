package org.clinic.booking.appointment;

import java.util.UUID;
import org.clinic.booking.patient.Patients;
import org.clinic.booking.slot.Availability;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Books online or at the desk: checks the slot, then lets the database have the last word on overlaps. */
@Service
class BookAppointment {

    private static final int REFERENCE_ATTEMPTS = 5;
    private static final String SLOT_TAKEN = "Slot not available";

    private final Availability availability;
    private final Patients patients;
    private final Appointments appointments;
    private final AppointmentEvents events;
    private final AuditTrail audit;
    private final OnlineBookingCap onlineBookingCap;
    private final TransactionTemplate transaction;

    BookAppointment(Availability availability, Patients patients, Appointments appointments,
            AppointmentEvents events, AuditTrail audit, OnlineBookingCap onlineBookingCap,
            TransactionTemplate transaction) {
        this.availability = availability;
        this.patients = patients;
        this.appointments = appointments;
        this.events = events;
        this.audit = audit;
        this.onlineBookingCap = onlineBookingCap;
        this.transaction = transaction;
    }

    record Booked(Appointment appointment, String manageToken) {
    }

    /** Work that must commit or roll back with the booking, such as claiming an Idempotency-Key. */
    interface InTransaction {
        InTransaction NONE = new InTransaction() {
        };

        default void before() {
        }

        default void after(Booked booked) {
        }
    }

    Booked book(BookingCommand command, InTransaction hook) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    hook.before();
                    // Checked under a shared lock on the practitioner's schedule, so time off or new working hours
                    // recorded at this moment either are seen here or wait and then see this booking as a conflict.
                    availability.holdSchedules(command.practitioner().id());
                    if (!availability.isFree(command.type(), command.practitioner().id(), command.start(),
                            command.booker())) {
                        throw slotTaken();
                    }
                    Booked booked = insert(command);
                    hook.after(booked);
                    return booked;
                });
            } catch (DataIntegrityViolationException e) {
                if (SqlStates.is(e, SqlStates.EXCLUSION_VIOLATION)) {
                    throw slotTaken(); // another request took an overlapping time a moment ago
                }
                if (!SqlStates.violates(e, "appointment_reference_key") || attempt == REFERENCE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Booked insert(BookingCommand command) {
        BookingCommand.Contact contact;
        UUID patientId;
        if (command.patient() instanceof BookingCommand.Existing existing) {
            var patient = patients.find(existing.id())
                    .orElseThrow(() -> ApiProblemException.invalidField("patientId", "unknown patient"));
            patientId = patient.id();
            contact = new BookingCommand.Contact(patient.firstName(), patient.lastName(), patient.email(),
                    patient.phone());
        } else {
            contact = (BookingCommand.Contact) command.patient();
            patientId = patients.findOrCreate(contact.firstName(), contact.lastName(), contact.email(),
                    contact.phone(), command.channel() == BookingChannel.PHONE).id();
        }
        if (command.channel() == BookingChannel.ONLINE) {
            onlineBookingCap.checkRoomFor(patientId);
        }
        String token = ManageTokens.newToken();
        var type = command.type();
        var appointment = new Appointment(UUID.randomUUID(), ReferenceCodes.next(), AppointmentStatus.BOOKED, command.channel(),
                type.id(), command.practitioner().id(), command.start(), command.start().plus(type.duration()),
                patientId, contact.firstName(), contact.lastName(), contact.email(), contact.phone(),
                command.notes(), ManageTokens.hash(token), 1);
        appointments.insert(appointment, type.bufferMinutes(), command.source());
        audit.record(command.actor(), AppointmentStatus.BOOKED.name(), null, appointment);
        events.booked(appointment, type, command.practitioner(), token, command.notifyPatient(),
                command.source());
        return new Booked(appointment, token);
    }

    static ApiProblemException changedMeanwhile() {
        return ApiProblemException.conflict("The appointment changed meanwhile. Please reload it and try again.");
    }

    static ApiProblemException slotTaken() {
        return new ApiProblemException(HttpStatus.CONFLICT, SLOT_TAKEN,
                "That time is no longer free. Please choose another slot.");
    }

    /** Pages offer other times for this conflict only; the others (too late, changed meanwhile) need a person. */
    static boolean isSlotTaken(ApiProblemException e) {
        return SLOT_TAKEN.equals(e.getBody().getTitle());
    }
}
