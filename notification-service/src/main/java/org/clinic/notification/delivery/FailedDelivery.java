package org.clinic.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A message that ended FAILED, as the admin's operations view lists it.
 *
 * @param failedAt   when it was given up on
 * @param resendable whether its text and recipient are still there to send again (retention blanks them; a message
 *                   whose event could not even be read never had them: replay the dead letter instead)
 */
public record FailedDelivery(UUID id, UUID appointmentId, NotificationKind kind, Channel channel, int attempts,
        String lastError, Instant failedAt, boolean resendable, Instant retriedAt, String retriedBy) {
}
