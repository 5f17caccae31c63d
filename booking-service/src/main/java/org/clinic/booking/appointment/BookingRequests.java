package org.clinic.booking.appointment;

import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.patient.PhoneNumbers;
import org.clinic.booking.slot.Availability;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Component;

/** Turns request bodies into booking commands: known ids, parsable phones, who books; all client errors are 400. */
@Component
public class BookingRequests {

    private final Catalogue catalogue;
    private final PhoneNumbers phoneNumbers;

    BookingRequests(Catalogue catalogue, PhoneNumbers phoneNumbers) {
        this.catalogue = catalogue;
        this.phoneNumbers = phoneNumbers;
    }

    BookingCommand online(BookingRequest r) {
        AppointmentType type = type(r.appointmentTypeId(), true);
        var p = r.patient();
        var contact = new BookingCommand.Contact(p.firstName().strip(), p.lastName().strip(), p.email().strip(),
                phone(p.phone()));
        return new BookingCommand(type, practitioner(r.practitionerId(), type), r.start().toInstant(), contact,
                r.notes(), r.source(), BookingChannel.ONLINE, Availability.Booker.PATIENT, true, Actor.onlineBooker());
    }

    public BookingCommand desk(DeskBookingRequest r) {
        AppointmentType type = type(r.appointmentTypeId(), false);
        BookingCommand.PatientRef patient;
        if ((r.patientId() == null) == (r.patient() == null)) {
            throw ApiProblemException.invalidField("patientId", "give either patientId or patient, not both");
        } else if (r.patientId() != null) {
            patient = new BookingCommand.Existing(r.patientId());
        } else {
            var p = r.patient();
            patient = new BookingCommand.Contact(p.firstName().strip(), p.lastName().strip(), blankToNull(p.email()),
                    p.phone() == null || p.phone().isBlank() ? null : phone(p.phone()));
        }
        return new BookingCommand(type, practitioner(r.practitionerId(), type), r.start().toInstant(), patient,
                r.notes(), r.source(), BookingChannel.PHONE, Availability.Booker.STAFF, !Boolean.FALSE.equals(r.notifyPatient()),
                Actor.currentStaff());
    }

    AppointmentType type(java.util.UUID id, boolean onlineOnly) {
        return catalogue.offeredType(id)
                .filter(t -> !onlineOnly || t.onlineBookable())
                .orElseThrow(() -> ApiProblemException.invalidField("appointmentTypeId", "unknown appointment type"));
    }

    Practitioner practitioner(java.util.UUID id, AppointmentType type) {
        Practitioner practitioner = catalogue.practitioner(id)
                .orElseThrow(() -> ApiProblemException.invalidField("practitionerId", "unknown practitioner"));
        if (!type.offeredBy(practitioner.id())) {
            throw ApiProblemException.invalidField("practitionerId", "does not offer this appointment type");
        }
        return practitioner;
    }

    private String phone(String text) {
        return phoneNumbers.toE164(text)
                .orElseThrow(() -> ApiProblemException.invalidField("patient.phone", "is not a phone number"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
