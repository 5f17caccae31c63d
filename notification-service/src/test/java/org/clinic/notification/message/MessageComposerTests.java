package org.clinic.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.delivery.Channel;
import org.clinic.notification.delivery.NotificationKind;
import org.clinic.notification.delivery.OutgoingMessage;
import org.clinic.notification.mail.OutgoingMailProperties;
import org.clinic.notification.preference.ChannelChoice.Route;
import org.junit.jupiter.api.Test;

class MessageComposerTests {

    static final Route EMAIL = new Route(Channel.EMAIL, "maya@patients.example", null);

    private final MessageComposer composer = new MessageComposer(new MessageTemplates(),
            new LinkProperties("https://riverbend.example/"), new OutgoingMailProperties("Riverbend <desk@riverbend.example>"));

    @Test
    void showsTheStartInTheClinicsTimeZoneNotUtc() {
        OutgoingMessage email = compose(NotificationKind.CONFIRMATION, snapshot("America/New_York", "Maya", "/manage/X"));

        // 14:00Z in January is 9:00 AM in New York (EST, UTC-5).
        assertThat(email.text()).contains("Monday 12 January 2026 at 9:00 AM (America/New_York time)");
    }

    @Test
    void joinsBaseUrlAndManagePathWithExactlyOneSlashAndWithholdsTheToken() {
        OutgoingMessage email = compose(NotificationKind.CONFIRMATION, snapshot("Europe/London", "Maya", "/manage/RB"));

        assertThat(email.text()).contains("https://riverbend.example/manage/RB#token-withheld");
        assertThat(email.html()).contains("href=\"https://riverbend.example/manage/RB#token-withheld\"");
    }

    @Test
    void neverWritesATokenAPathCameWithIntoTheMessage() {
        // Records from before tokens were sealed carried them in the clear; what is stored must not.
        OutgoingMessage email = compose(NotificationKind.CONFIRMATION,
                snapshot("Europe/London", "Maya", "/manage/RB#token=k7Qx2mP9vR4tW8zY"));
        OutgoingMessage sms = composer.compose(NotificationKind.REMINDER,
                snapshot("Europe/London", "Maya", "/manage/RB#token=k7Qx2mP9vR4tW8zY"), 1, Instant.now(),
                new Route(Channel.SMS, "+447700900123", null));

        assertThat(email.text() + email.html() + sms.text()).doesNotContain("k7Qx2mP9vR4tW8zY")
                .contains("/manage/RB#token-withheld");
    }

    @Test
    void saysSoWhenTheEventCarriedNoManageLink() {
        OutgoingMessage email = compose(NotificationKind.RESCHEDULE, snapshot("Europe/London", "Maya", null));

        assertThat(email.text()).contains("has moved", "does not include a link to manage your appointment",
                "Questions? Call us on +44 20 7946 0321.").doesNotContain("https://riverbend.example/manage");
        assertThat(email.html()).contains("does not include a link").doesNotContain("<a href");
    }

    @Test
    void escapesPatientSuppliedTextInTheHtmlPart() {
        OutgoingMessage email = compose(NotificationKind.CONFIRMATION,
                snapshot("Europe/London", "<script>x</script>", "/manage/X"));

        assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(email.text()).startsWith("Hello <script>x</script>,\n");
    }

    @Test
    void greetsWithoutANameWhenNoneWasGiven() {
        assertThat(compose(NotificationKind.REMINDER, snapshot("Europe/London", null, null)).text())
                .startsWith("Hello,\n");
    }

    @Test
    void attachesAPublishCalendarToBookingsAndACancelOneToCancellations() {
        var booked = compose(NotificationKind.CONFIRMATION, snapshot("Europe/London", "Maya", null));
        var cancelled = compose(NotificationKind.CANCELLATION, snapshot("Europe/London", "Maya", null));

        assertThat(booked.attachment().contentType()).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
        assertThat(cancelled.attachment().content()).contains("METHOD:CANCEL", "STATUS:CANCELLED");
        assertThat(cancelled.text()).contains("has been cancelled", "https://riverbend.example/book");
        assertThat(compose(NotificationKind.REMINDER, snapshot("Europe/London", "Maya", null)).attachment()).isNull();
    }

    @Test
    void writesAShortSingleLineSmsForThePhoneChannel() {
        var sms = composer.compose(NotificationKind.CONFIRMATION, snapshot("Europe/London", "Maya", "/manage/RB"), 1,
                Instant.now(), new Route(Channel.SMS, "+447700900123", null));

        assertThat(sms.channel()).isEqualTo(Channel.SMS);
        assertThat(sms.recipient()).isEqualTo("+447700900123");
        assertThat(sms.text()).doesNotContain("\n").hasSizeLessThan(240)
                .contains("RB-4F7K2Q", "Mon 12 Jan, 2:00 PM (Europe/London)",
                        "https://riverbend.example/manage/RB#token-withheld");
    }

    private OutgoingMessage compose(NotificationKind kind, AppointmentSnapshot snapshot) {
        return composer.compose(kind, snapshot, 2, Instant.parse("2026-01-01T10:00:00Z"), EMAIL);
    }

    static AppointmentSnapshot snapshot(String zone, String firstName, String managePath) {
        Instant start = Instant.parse("2026-01-12T14:00:00Z");
        return new AppointmentSnapshot(UUID.randomUUID(), "RB-4F7K2Q", "BOOKED", "ONLINE", start,
                start.plusSeconds(30 * 60), "Riverbend Physio", "+44 20 7946 0321", zone, UUID.randomUUID(),
                "Sam Okafor", UUID.randomUUID(), "Follow-up", new AppointmentSnapshot.Patient(UUID.randomUUID(),
                        firstName, "Fenwick", "maya@patients.example", null),
                managePath, null, true);
    }
}
