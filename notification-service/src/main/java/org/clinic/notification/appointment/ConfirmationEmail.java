package org.clinic.notification.appointment;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.mail.OutgoingEmail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Writes the booking confirmation. Times are shown in the clinic's zone: that is where the patient must be. */
@Component
class ConfirmationEmail {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mm a", Locale.ENGLISH);

    private final LinkProperties links;

    ConfirmationEmail(LinkProperties links) {
        this.links = links;
    }

    OutgoingEmail compose(AppointmentSnapshot a) {
        ZoneId zone = ZoneId.of(a.clinicTimeZone());
        String when = WHEN.format(a.start().atZone(zone)) + " (" + zone.getId() + " time)";
        long minutes = Duration.between(a.start(), a.end()).toMinutes();
        String what = a.appointmentTypeName() + ", " + minutes + " minutes";
        String manageUrl = links.absolute(a.managePath());
        String subject = "Your appointment at " + a.clinicName() + " is booked (" + a.reference() + ")";
        return new OutgoingEmail(a.patient().email(), subject,
                text(a, when, what, manageUrl), html(a, when, what, manageUrl));
    }

    private static String text(AppointmentSnapshot a, String when, String what, String manageUrl) {
        return """
                %s

                Your appointment at %s is booked.

                Reference:    %s
                When:         %s
                With:         %s
                Appointment:  %s

                To view, reschedule or cancel it, open this link (keep it to yourself, it works without a login):
                %s

                %s

                %s
                """.formatted(greeting(a), a.clinicName(), a.reference(), when, a.practitionerName(),
                what, manageUrl, questions(a), a.clinicName());
    }

    private static String html(AppointmentSnapshot a, String when, String what, String manageUrl) {
        return """
                <!DOCTYPE html>
                <html><body style="font-family: sans-serif; color: #1f2933;">
                <p>%s</p>
                <p>Your appointment at <strong>%s</strong> is booked.</p>
                <table cellpadding="4">
                <tr><th align="left">Reference</th><td>%s</td></tr>
                <tr><th align="left">When</th><td>%s</td></tr>
                <tr><th align="left">With</th><td>%s</td></tr>
                <tr><th align="left">Appointment</th><td>%s</td></tr>
                </table>
                <p><a href="%s">View, reschedule or cancel your appointment</a>
                (keep this link to yourself: it works without a login).</p>
                <p>%s</p>
                <p>%s</p>
                </body></html>
                """.formatted(esc(greeting(a)), esc(a.clinicName()), esc(a.reference()), esc(when),
                esc(a.practitionerName()), esc(what), esc(manageUrl), esc(questions(a)), esc(a.clinicName()));
    }

    private static String greeting(AppointmentSnapshot a) {
        String name = a.patient().firstName();
        return name == null || name.isBlank() ? "Hello," : "Hello " + name.strip() + ",";
    }

    private static String questions(AppointmentSnapshot a) {
        return a.clinicPhone() == null || a.clinicPhone().isBlank()
                ? "Questions? Please contact the clinic."
                : "Questions? Call us on " + a.clinicPhone() + ".";
    }

    private static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
