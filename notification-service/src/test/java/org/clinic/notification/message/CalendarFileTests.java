package org.clinic.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.junit.jupiter.api.Test;

class CalendarFileTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void nineOClockEitherSideOfTheSpringDstChangeBecomesTheRightUtcInstants() throws Exception {
        // New York moves from EST (UTC-5) to EDT (UTC-4) at 02:00 on Sunday 8 March 2026.
        Instant beforeChange = LocalDateTime.parse("2026-03-06T09:00").atZone(NEW_YORK).toInstant();
        Instant afterChange = LocalDateTime.parse("2026-03-09T09:00").atZone(NEW_YORK).toInstant();

        VEvent before = parse(CalendarFile.publish(snapshot(beforeChange), 1, beforeChange, "desk@clinic.example")
                .content());
        VEvent after = parse(CalendarFile.publish(snapshot(afterChange), 1, afterChange, "desk@clinic.example")
                .content());

        assertThat(instant(before.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-03-06T14:00:00Z"));
        assertThat(instant(after.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(instant(after.getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2026-03-09T13:45:00Z"));
    }

    @Test
    void anAppointmentSpanningTheAutumnChangeKeepsItsTrueLength() throws Exception {
        // 01:30 EDT on 1 November 2026, 45 minutes later the clocks have gone back: 01:15 EST, still 45 minutes.
        Instant start = Instant.parse("2026-11-01T05:30:00Z");

        VEvent event = parse(CalendarFile.publish(snapshot(start), 1, start, "desk@clinic.example").content());

        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20261101T053000Z");
        assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20261101T061500Z");
    }

    @Test
    void keepsOneUidPerAppointmentAndTheEventVersionAsSequence() throws Exception {
        AppointmentSnapshot a = snapshot(Instant.parse("2026-06-09T08:30:00Z"));
        String booked = CalendarFile.publish(a, 1, Instant.parse("2026-06-01T10:00:00Z"), "desk@clinic.example")
                .content();
        String cancelled = CalendarFile.cancel(a, 3, Instant.parse("2026-06-02T10:00:00Z"), "desk@clinic.example")
                .content();

        Calendar cancelCalendar = new CalendarBuilder().build(new StringReader(cancelled));
        VEvent first = parse(booked);
        VEvent last = cancelCalendar.<VEvent>getComponents().get(0);

        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo(a.id() + "@clinic");
        assertThat(last.getUid().orElseThrow().getValue()).isEqualTo(a.id() + "@clinic");
        assertThat(first.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(last.getSequence().getSequenceNo()).isEqualTo(3);
        assertThat(cancelCalendar.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(last.getDateTimeStamp().getValue()).isEqualTo("20260602T100000Z");
        assertThat(cancelled).containsOnlyOnce("DTSTAMP");
    }

    private static VEvent parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents().get(0);
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }

    private static AppointmentSnapshot snapshot(Instant start) {
        return new AppointmentSnapshot(UUID.randomUUID(), "R3X9U9FQ", "BOOKED", "ONLINE", start,
                start.plusSeconds(45 * 60), "Riverbend Physio", "(555) 555-0142", "America/New_York", UUID.randomUUID(),
                "Dr. Maya Lin, DC", UUID.randomUUID(), "Chiropractic adjustment",
                new AppointmentSnapshot.Patient(UUID.randomUUID(), "Ana", "Ruiz", "ana@example.org", null), null, null,
                true);
    }
}
