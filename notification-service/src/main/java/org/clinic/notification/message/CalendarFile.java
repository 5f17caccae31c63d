package org.clinic.notification.message;

import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.mail.Attachment;

/**
 * The .ics sent with a booking, a move (same UID, higher SEQUENCE: calendars update the entry) or a cancellation
 * (METHOD:CANCEL). Times are UTC instants, so no calendar has to know the clinic's zone rules to place them.
 */
final class CalendarFile {

    static final String PRODUCT = "-//Clinic Booking//notification-service//EN";

    private CalendarFile() {
    }

    static Attachment publish(AppointmentSnapshot a, long version, Instant stamp, String organizer) {
        return file(a, version, stamp, organizer, Method.VALUE_PUBLISH, Status.VALUE_CONFIRMED);
    }

    static Attachment cancel(AppointmentSnapshot a, long version, Instant stamp, String organizer) {
        return file(a, version, stamp, organizer, Method.VALUE_CANCEL, Status.VALUE_CANCELLED);
    }

    static String uid(AppointmentSnapshot a) {
        return a.id() + "@clinic";
    }

    private static Attachment file(AppointmentSnapshot a, long version, Instant stamp, String organizer,
            String method, String status) {
        VEvent event = new VEvent(a.start(), a.end(),
                a.appointmentTypeName() + " with " + a.practitionerName() + " (" + a.clinicName() + ")");
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid(a)));
        event.add(new Sequence((int) Math.min(version, Integer.MAX_VALUE)));
        event.add(new Status(status));
        event.add(new Location(a.clinicName()));
        event.add(new Description("Reference " + a.reference()
                + (a.clinicPhone() == null ? "" : ". Questions? Call " + a.clinicPhone() + ".")));
        Organizer clinic = new Organizer(URI.create("mailto:" + organizer));
        clinic.add(new Cn(a.clinicName()));
        event.add(clinic);
        String email = a.patient() == null ? null : a.patient().email();
        if (email != null && !email.isBlank()) {
            try {
                event.add(new Attendee(URI.create("mailto:" + email.strip())));
            } catch (IllegalArgumentException notAUri) {
                // The attendee only helps calendars match the entry; an odd address must not cost the patient the file.
            }
        }
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(new Method(method))
                .withComponent(event).getFluentTarget();
        return new Attachment("appointment-" + a.reference() + ".ics",
                "text/calendar; charset=UTF-8; method=" + method, calendar.toString());
    }
}
