package org.clinic.notification.appointment;

import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.delivery.Channel;
import org.clinic.notification.delivery.DeliveryLog;
import org.clinic.notification.delivery.NotificationKind;
import org.clinic.notification.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what a booking owes the patient and records it in the delivery log, in the same transaction as
 * the processed-event mark: a redelivered event finds its mark and queues nothing a second time.
 */
@Service
class ConfirmationRecorder {

    static final String NOT_REQUESTED = "patient notification not requested";
    static final String NO_EMAIL = "no email address";

    private static final Logger log = LoggerFactory.getLogger(ConfirmationRecorder.class);

    private final ProcessedEvents processedEvents;
    private final DeliveryLog deliveryLog;
    private final ConfirmationEmail confirmationEmail;

    ConfirmationRecorder(ProcessedEvents processedEvents, DeliveryLog deliveryLog, ConfirmationEmail confirmationEmail) {
        this.processedEvents = processedEvents;
        this.deliveryLog = deliveryLog;
        this.confirmationEmail = confirmationEmail;
    }

    @Transactional
    public void record(AppointmentBooked event) {
        if (!processedEvents.claim(event.eventId())) {
            log.info("Event {} was already processed; nothing to do", event.eventId());
            return;
        }
        AppointmentSnapshot appointment = event.appointment();
        String email = appointment.patient().email();
        if (!appointment.notifyPatient()) {
            suppress(event, email, NOT_REQUESTED);
        } else if (email == null || email.isBlank()) {
            // SMS confirmations arrive with a later issue; until then the log says why nothing went out.
            suppress(event, null, NO_EMAIL);
        } else {
            deliveryLog.queueEmail(event.appointmentId(), event.eventId(), NotificationKind.CONFIRMATION,
                    confirmationEmail.compose(appointment));
        }
    }

    private void suppress(AppointmentBooked event, String recipient, String reason) {
        deliveryLog.suppress(event.appointmentId(), event.eventId(), NotificationKind.CONFIRMATION, Channel.EMAIL,
                recipient, reason);
    }
}
