package org.clinic.booking.appointment;

import java.time.Clock;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.clinic.ClinicProperties;
import org.springframework.stereotype.Component;

/**
 * The appointment as an RFC 5545 calendar (ical4j). Times are UTC instants, so no calendar app has to know the
 * clinic's zone rules; the UID is stable and SEQUENCE is the appointment's version, so a re-downloaded file updates
 * the same event after a reschedule instead of adding a second one.
 */
@Component
class AppointmentCalendar {

    private final Catalogue catalogue;
    private final ClinicProperties clinic;
    private final Clock clock;

    AppointmentCalendar(Catalogue catalogue, ClinicProperties clinic, Clock clock) {
        this.catalogue = catalogue;
        this.clinic = clinic;
        this.clock = clock;
    }

    static String uid(Appointment appointment) {
        return appointment.id() + "@clinic-booking";
    }

    String of(Appointment appointment) {
        String type = catalogue.appointmentType(appointment.appointmentTypeId()).map(t -> t.name()).orElse("Appointment");
        String practitioner = catalogue.practitioner(appointment.practitionerId()).map(p -> p.displayName()).orElse("");
        VEvent event = new VEvent(appointment.start(), appointment.end(), type + " with " + practitioner);
        event.add(new Uid(uid(appointment)));
        event.add(new DtStamp(clock.instant()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, appointment.version() - 1)));
        event.add(new Status(appointment.status() == AppointmentStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Location(clinic.name() + (clinic.address() == null ? "" : ", " + clinic.address())));
        event.add(new Description("Reference " + appointment.reference() + ". To change or cancel, use the link in "
                + "your confirmation email or call " + clinic.phone() + "."));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Clinic booking//Appointments//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method("PUBLISH"));
        calendar.add(event);
        return calendar.toString();
    }
}
