package org.clinic.booking.delivery;

/**
 * Whether the patient was told, for the schedule view's {@code notification} field. Each value is SENT, FAILED or
 * SUPPRESSED as notification-service last reported it, or null while nothing has been reported (not sent yet).
 *
 * @param confirmation the latest booking confirmation or reschedule message
 * @param reminder     the latest reminder
 */
public record DeliverySummary(String confirmation, String reminder) {

    static final DeliverySummary UNKNOWN = new DeliverySummary(null, null);
}
