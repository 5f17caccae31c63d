package org.clinic.content.editor;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.clinic.content.ContentProperties;
import org.springframework.stereotype.Component;

/**
 * Times on the editor's pages, always in the clinic's zone (an editor working from elsewhere schedules for the
 * clinic's morning), and the schedule field's {@code datetime-local} value read back in that zone.
 */
@Component
public class EditorTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a", Locale.US);
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    EditorTimes(ContentProperties properties) {
        this.zone = properties.timeZone();
    }

    /** "Fri 27 Nov 2026, 4:05 PM", or "" for none. */
    public String shown(OffsetDateTime instant) {
        return instant == null ? "" : SHOWN.format(instant.atZoneSameInstant(zone));
    }

    /** The value of a {@code datetime-local} field, or "" for none. */
    public String field(OffsetDateTime instant) {
        return instant == null ? "" : FIELD.format(instant.atZoneSameInstant(zone));
    }

    /** A {@code datetime-local} value (seconds allowed, as some browsers send them) as a clinic-time instant. */
    Optional<OffsetDateTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "Eastern Time", for labels. */
    String zoneName() {
        return zone.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US).replace("Standard ", "");
    }
}
