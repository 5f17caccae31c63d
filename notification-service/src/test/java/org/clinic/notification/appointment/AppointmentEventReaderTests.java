package org.clinic.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.notification.TestEvents;
import org.clinic.notification.TestEvents.Booking;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AppointmentEventReaderTests {

    private final AppointmentEventReader reader = new AppointmentEventReader(JsonMapper.builder().build());

    @Test
    void readsAnAppointmentBookedRecord() {
        Booking booking = Booking.forPatient("maya@patients.example");

        var event = reader.read(TestEvents.booked(booking));

        assertThat(event).isInstanceOfSatisfying(AppointmentBooked.class, booked -> {
            assertThat(booked.eventId()).isEqualTo(booking.eventId());
            assertThat(booked.appointment().reference()).isEqualTo(booking.reference());
            assertThat(booked.appointment().patient().email()).isEqualTo("maya@patients.example");
        });
    }

    @Test
    void returnsNothingForAnEventTypeThisBuildDoesNotKnow() {
        assertThat(reader.read("{\"eventType\":\"AppointmentTeleported\",\"eventId\":\"" + UUID.randomUUID()
                + "\",\"somethingNew\":{\"a\":1}}")).isNull();
    }

    @Test
    void sayingWhyARecordIsUnreadableNeverQuotesItsValues() {
        String json = TestEvents.booked(Booking.forPatient("maya@patients.example"))
                .replace("\"start\": \"2026-06-09T08:30:00Z\"", "\"start\": \"Maya Fenwick, maya@patients.example\"");

        assertThatThrownBy(() -> reader.read(json)).isInstanceOf(UnreadableRecordException.class)
                .hasMessageStartingWith("Not an appointment event: ")
                .hasMessageContaining("appointment.start")
                .hasMessageNotContaining("maya@patients.example").hasMessageNotContaining("Fenwick");
        assertThatThrownBy(() -> reader.read("{\"eventType\": \"AppointmentBooked\", maya@patients.example}"))
                .isInstanceOf(UnreadableRecordException.class).hasMessageNotContaining("maya@patients.example");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> reader.read("hello")).isInstanceOf(UnreadableRecordException.class);
    }

    @Test
    void rejectsARecordWithoutEventType() {
        assertThatThrownBy(() -> reader.read("{\"eventId\":\"" + UUID.randomUUID() + "\"}"))
                .isInstanceOf(UnreadableRecordException.class);
    }

    @Test
    void rejectsABookingWithoutItsAppointment() {
        assertThatThrownBy(() -> reader.read("{\"eventType\":\"AppointmentBooked\",\"eventId\":\""
                + UUID.randomUUID() + "\"}")).isInstanceOf(UnreadableRecordException.class);
    }

    @Test
    void rejectsABookingWithAnUnknownClinicTimeZone() {
        String json = TestEvents.booked(Booking.forPatient("maya@patients.example"))
                .replace("Europe/London", "Europe/Atlantis");

        assertThatThrownBy(() -> reader.read(json)).isInstanceOf(UnreadableRecordException.class);
    }
}
