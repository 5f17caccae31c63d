package org.clinic.booking.desk.schedule;

import org.clinic.booking.appointment.PageLinks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.clinic.booking.schedule.ScheduleRepository;
import org.springframework.stereotype.Component;

/**
 * A short fingerprint of what a grid shows, so open schedules can ask "changed?" cheaply. On today's grid it also
 * turns over every five minutes, which moves the now-line and retires the free cells that have passed.
 */
@Component
class ScheduleVersions {

    private final ScheduleRepository schedule;
    private final DeskTimes times;

    ScheduleVersions(ScheduleRepository schedule, DeskTimes times) {
        this.schedule = schedule;
        this.times = times;
    }

    String of(LocalDate first, int days) {
        var zone = times.zone();
        LocalDate last = first.plusDays(days - 1L);
        String facts = first + "+" + days + "|" + schedule.fingerprint(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), first, last);
        LocalDate today = times.today();
        if (!today.isBefore(first) && !today.isAfter(last)) {
            facts += "|" + times.now().getEpochSecond() / 300;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the page polls: the version endpoint for these days, carrying the version the page shows. */
    String link(LocalDate first, int days, UUID practitionerId) {
        return PageLinks.link("/desk/schedule-version", "date", first, "days", days == 1 ? null : days,
                "practitionerId", practitionerId, "v", of(first, days));
    }
}
