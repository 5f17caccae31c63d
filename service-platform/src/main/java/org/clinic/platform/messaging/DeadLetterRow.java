package org.clinic.platform.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A dead letter as the admins' operations pages show it (booking's page, notification's and content's panels):
 * instants in the clinic's time zone and as ISO for {@code <time datetime>}, and no nulls a template must guard.
 */
public record DeadLetterRow(long id, String firstSeen, String firstSeenIso, String topic, int partition, long offset,
        String key, String value, String reason, boolean replayed, String replayedBy, String replayedAt) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.ENGLISH);

    public static DeadLetterRow of(DeadLetter d, ZoneId zone) {
        return new DeadLetterRow(d.id(), when(d.firstSeenAt(), zone), d.firstSeenAt().toString(), d.topic(),
                d.partition(), d.offset(), d.key() == null ? "(none)" : d.key(), d.value() == null ? "" : d.value(),
                d.reason(), d.replayed(), d.replayedBy(), d.replayed() ? when(d.replayedAt(), zone) : null);
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
