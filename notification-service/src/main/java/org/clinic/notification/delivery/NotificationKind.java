package org.clinic.notification.delivery;

/** Why we are messaging the patient; reminders, reschedules and cancellations join later. */
public enum NotificationKind {
    CONFIRMATION
}
