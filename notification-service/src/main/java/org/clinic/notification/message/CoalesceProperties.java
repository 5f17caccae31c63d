package org.clinic.notification.message;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a front-desk edit's message waits for further edits to the same appointment. Each further edit
 * restarts the wait, so a burst of edits yields one message about the final state.
 */
@ConfigurationProperties("clinic.notifications")
record CoalesceProperties(@DefaultValue("2m") Duration coalesceWindow) {
}
