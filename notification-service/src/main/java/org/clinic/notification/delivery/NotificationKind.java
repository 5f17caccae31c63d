package org.clinic.notification.delivery;

import java.util.Set;

/** Why we are messaging the patient. */
public enum NotificationKind {
    CONFIRMATION, RESCHEDULE, CANCELLATION, REMINDER;

    /** Messages about a change to the appointment; a staff edit's message of these kinds can still be rewritten. */
    public static final Set<NotificationKind> CHANGES = Set.of(CONFIRMATION, RESCHEDULE, CANCELLATION);
}
