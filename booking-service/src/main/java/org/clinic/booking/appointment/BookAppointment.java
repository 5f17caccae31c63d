package org.clinic.booking.appointment;

import java.time.Instant;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.patient.Patients;
import org.clinic.booking.patient.PhoneNumbers;
import org.clinic.booking.slot.Availability;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A patient books online: checks the slot, then lets the database have the last word on overlaps. */
@Service
class BookAppointment {

    private static final int REFERENCE_ATTEMPTS = 5;

    private final Catalogue catalogue;
    private final Availability availability;
    private final Patients patients;
    private final PhoneNumbers phoneNumbers;
    private final Appointments appointments;
    private final AppointmentEvents events;
    private final TransactionTemplate transaction;

    BookAppointment(Catalogue catalogue, Availability availability, Patients patients, PhoneNumbers phoneNumbers,
            Appointments appointments, AppointmentEvents events, TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.patients = patients;
        this.phoneNumbers = phoneNumbers;
        this.appointments = appointments;
        this.events = events;
        this.transaction = transaction;
    }

    record Booked(Appointment appointment, String manageToken) {
    }

    Booked online(BookingRequest request) {
        AppointmentType type = catalogue.appointmentType(request.appointmentTypeId())
                .filter(AppointmentType::onlineBookable)
                .orElseThrow(() -> ApiProblemException.invalidField("appointmentTypeId", "unknown appointment type"));
        Practitioner practitioner = catalogue.practitioner(request.practitionerId())
                .orElseThrow(() -> ApiProblemException.invalidField("practitionerId", "unknown practitioner"));
        if (!type.offeredBy(practitioner.id())) {
            throw ApiProblemException.invalidField("practitionerId", "does not offer this appointment type");
        }
        var contact = request.patient();
        String phone = phoneNumbers.toE164(contact.phone())
                .orElseThrow(() -> ApiProblemException.invalidField("patient.phone", "is not a phone number"));
        Instant start = request.start().toInstant();
        if (!availability.isFree(type, practitioner.id(), start, Availability.Booker.PATIENT)) {
            throw slotTaken();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    UUID patientId = patients.findOrCreateByEmail(contact.firstName().strip(),
                            contact.lastName().strip(), contact.email().strip(), phone);
                    String token = ManageTokens.newToken();
                    var appointment = new Appointment(UUID.randomUUID(), ReferenceCodes.next(), "BOOKED", "ONLINE",
                            type.id(), practitioner.id(), start, start.plus(type.duration()), patientId,
                            contact.firstName().strip(), contact.lastName().strip(), contact.email().strip(), phone,
                            request.notes(), ManageTokens.hash(token), 1);
                    appointments.insert(appointment, type.bufferMinutes(), request.source());
                    events.booked(appointment, type, practitioner, token, true);
                    return new Booked(appointment, token);
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

    private static ApiProblemException slotTaken() {
        return new ApiProblemException(org.springframework.http.HttpStatus.CONFLICT, "Slot not available",
                "That time is no longer free. Please choose another slot.");
    }
}
