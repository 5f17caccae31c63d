package org.clinic.notification.message;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.delivery.WithheldLink;

/**
 * What the templates may show, already formatted. Times are in the clinic's zone: that is where the patient must
 * be. Templates escape every value for HTML, so patient-supplied names cannot inject markup. The manage link ends
 * in {@link WithheldLink#MARKER}: its token is put in only as the message is sent, so no stored copy holds it.
 */
record MessageModel(String greeting, String clinicName, String clinicPhone, String questions, String reference,
        String when, String shortWhen, String practitioner, String what, String manageUrl, String bookUrl) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.ENGLISH);

    static MessageModel of(AppointmentSnapshot a, LinkProperties links) {
        ZoneId zone = ZoneId.of(a.clinicTimeZone());
        var start = a.start().atZone(zone);
        long minutes = Duration.between(a.start(), a.end()).toMinutes();
        String phone = blankToNull(a.clinicPhone());
        return new MessageModel(greeting(a), a.clinicName(), phone,
                phone == null ? "Questions? Please contact the clinic." : "Questions? Call us on " + phone + ".",
                a.reference(), WHEN.format(start) + " (" + zone.getId() + " time)",
                SHORT_WHEN.format(start) + " (" + zone.getId() + ")", a.practitionerName(),
                a.appointmentTypeName() + ", " + minutes + " minutes", manageUrl(a, links), links.absolute("/book"));
    }

    /** The page only: whatever fragment a path came with (a token, in old records) is never written out. */
    private static String manageUrl(AppointmentSnapshot a, LinkProperties links) {
        String path = a.managePath();
        int fragment = path == null ? -1 : path.indexOf('#');
        String page = links.absolute(fragment < 0 ? path : path.substring(0, fragment));
        return page == null ? null : page + WithheldLink.MARKER;
    }

    private static String greeting(AppointmentSnapshot a) {
        String name = a.patient() == null ? null : a.patient().firstName();
        return name == null || name.isBlank() ? "Hello," : "Hello " + name.strip() + ",";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
