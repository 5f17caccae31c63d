package org.clinic.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.mail.OutgoingEmail;
import org.junit.jupiter.api.Test;

class ConfirmationEmailTests {

    private final ConfirmationEmail confirmation = new ConfirmationEmail(new LinkProperties("https://riverbend.example/"));

    @Test
    void showsTheStartInTheClinicsTimeZoneNotUtc() {
        OutgoingEmail email = confirmation.compose(snapshot("America/New_York", "Maya"));

        // 14:00Z in January is 9:00 AM in New York (EST, UTC-5).
        assertThat(email.text()).contains("Monday 12 January 2026 at 9:00 AM (America/New_York time)");
    }

    @Test
    void joinsBaseUrlAndManagePathWithExactlyOneSlash() {
        assertThat(confirmation.compose(snapshot("Europe/London", "Maya")).text())
                .contains("https://riverbend.example/manage/RB-4F7K2Q#token=abc");
    }

    @Test
    void escapesPatientSuppliedTextInTheHtmlPart() {
        OutgoingEmail email = confirmation.compose(snapshot("Europe/London", "<script>x</script>"));

        assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(email.text()).contains("Hello <script>x</script>,");
    }

    @Test
    void greetsWithoutANameWhenNoneWasGiven() {
        assertThat(confirmation.compose(snapshot("Europe/London", null)).text()).startsWith("Hello,\n");
    }

    private static AppointmentSnapshot snapshot(String zone, String firstName) {
        Instant start = Instant.parse("2026-01-12T14:00:00Z");
        return new AppointmentSnapshot(UUID.randomUUID(), "RB-4F7K2Q", "BOOKED", "ONLINE", start,
                start.plusSeconds(30 * 60), "Riverbend Physio", "+44 20 7946 0321", zone, UUID.randomUUID(),
                "Sam Okafor", UUID.randomUUID(), "Follow-up", new AppointmentSnapshot.Patient(UUID.randomUUID(),
                        firstName, "Fenwick", "maya@patients.example", null),
                "/manage/RB-4F7K2Q#token=abc", true);
    }
}
