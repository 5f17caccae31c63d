package org.clinic.platform.messaging;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A record this service could not process, as it arrived. {@code value} and {@code key} may hold personal data: the
 * store keeps them only as long as the service's retention allows, and lists show them only to admins.
 *
 * @param reason     why it could not be processed: an exception type and our own message, never the record's content
 * @param replayedAt when an operator republished it to {@code topic} (null until then), and {@code replayedBy} who
 */
public record DeadLetter(long id, String topic, int partition, long offset, String key, String value,
        @JsonIgnore List<Header> headers, String reason, Instant firstSeenAt, Instant replayedAt, String replayedBy) {

    @JsonIgnore
    public boolean replayed() {
        return replayedAt != null;
    }

    /** A record header, its value as raw bytes. */
    public record Header(String name, byte[] value) {
    }
}
