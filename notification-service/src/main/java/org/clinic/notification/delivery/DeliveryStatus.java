package org.clinic.notification.delivery;

/** PENDING until sent or given up on; SUPPRESSED when there was nothing we were allowed or able to send. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, SUPPRESSED
}
