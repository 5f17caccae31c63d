package org.clinic.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A message reached a final status. Published synchronously inside the transaction that recorded it, so a
 * listener that writes to the same database (the outbox) commits or rolls back together with the status.
 */
public record DeliveryOutcome(UUID notificationId, UUID appointmentId, NotificationKind kind, Channel channel,
        DeliveryStatus status, int attempts, String reason, long version, Instant at) {
}
