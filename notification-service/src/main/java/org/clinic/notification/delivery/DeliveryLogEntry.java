package org.clinic.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/** One line of the delivery log as staff see it (API.md: {@code GET /api/notifications}). */
record DeliveryLogEntry(UUID id, NotificationKind kind, Channel channel, DeliveryStatus status, int attempts,
        String lastError, Instant sentAt) {
}
