package org.clinic.notification.delivery;

/** Published when an email is queued, so the dispatcher can send it as soon as the queueing commits. */
record DispatchRequested() {
}
