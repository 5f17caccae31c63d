package org.clinic.notification.reminder;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param offsets      how long before the start each reminder goes out
 * @param pollInterval how often the scheduler looks for due reminders (the lateness of a reminder is at most this)
 * @param batchSize    reminders decided per transaction
 */
@ConfigurationProperties("clinic.reminders")
record ReminderProperties(
        @DefaultValue({"24h", "2h"}) List<Duration> offsets,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("100") int batchSize) {

    ReminderProperties {
        if (offsets.stream().anyMatch(o -> o.isNegative() || o.isZero())) {
            throw new IllegalArgumentException("clinic.reminders.offsets must all be positive: " + offsets);
        }
        offsets = List.copyOf(offsets);
    }
}
