package org.clinic.notification.message;

import static org.clinic.notification.delivery.NotificationKind.CANCELLATION;
import static org.clinic.notification.delivery.NotificationKind.CONFIRMATION;
import static org.clinic.notification.delivery.NotificationKind.RESCHEDULE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clinic.events.appointment.AppointmentEvent;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.delivery.DeliveryLog;
import org.clinic.notification.delivery.DeliveryLog.Undelivered;
import org.clinic.notification.delivery.NotificationKind;
import org.clinic.notification.link.ManageLinks;
import org.clinic.notification.preference.ChannelChoice;
import org.clinic.notification.preference.ChannelChoice.Route;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a booking, move or cancellation into the one message the patient should get. A patient's own change is
 * sent at once. A staff edit waits out the coalescing window; a further change before it goes out rewrites the
 * waiting message to the final state (booked then moved: one confirmation at the new time; booked then cancelled:
 * nothing, recorded SUPPRESSED).
 */
@Service
public class ChangeMessages {

    static final String NOT_REQUESTED = "patient notification not requested";
    static final String CANCELLED_BEFORE_SENT = "cancelled before the booking message went out; nothing sent";

    private static final List<NotificationKind> CHANGES = List.of(CONFIRMATION, RESCHEDULE, CANCELLATION);

    private final DeliveryLog deliveryLog;
    private final ChannelChoice channels;
    private final MessageComposer composer;
    private final ManageLinks links;
    private final CoalesceProperties properties;
    private final Clock clock;

    ChangeMessages(DeliveryLog deliveryLog, ChannelChoice channels, MessageComposer composer, ManageLinks links,
            CoalesceProperties properties, Clock clock) {
        this.deliveryLog = deliveryLog;
        this.channels = channels;
        this.composer = composer;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * For an event that has just advanced the appointment's recorded state (version check passed).
     *
     * @param staffEdit true for front-desk changes, which are held for the coalescing window
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onChange(AppointmentEvent event, NotificationKind eventKind, boolean staffEdit) {
        Instant now = clock.instant();
        Instant due = staffEdit ? now.plus(properties.coalesceWindow()) : now;
        // Only an event that advanced the appointment's state queues a message about it; version 1 is the first
        // such event, so nothing of this appointment can be waiting yet and there is no need to look.
        Optional<Undelivered> waiting = event.version() == 1 ? Optional.empty()
                : deliveryLog.lockUndelivered(event.appointmentId(), CHANGES);
        // Not Optional.map: a merge to "nothing" (null) must not fall back to the event's own kind.
        NotificationKind kind = waiting.isPresent() ? merge(waiting.get().kind(), eventKind) : eventKind;
        if (kind == null) {
            deliveryLog.suppressUndelivered(waiting.get().id(), CANCELLED_BEFORE_SENT);
            return;
        }
        // The stored link, not the event's: a desk change carries none, yet the patient's link still works.
        AppointmentSnapshot a = links.withStoredLink(event.appointment());
        Route route = channels.choose(a.patient().id(), a.patient().email(), a.patient().phone());
        String suppressedBecause = !a.notifyPatient() ? NOT_REQUESTED : route.suppressedBecause();
        if (suppressedBecause != null) {
            waiting.ifPresent(w -> deliveryLog.suppressUndelivered(w.id(), suppressedBecause));
            if (waiting.isEmpty()) {
                deliveryLog.suppress(event.appointmentId(), event.eventId(), kind, route.channel(),
                        route.recipient(), suppressedBecause);
            }
            return;
        }
        var message = composer.compose(kind, a, event.version(), event.occurredAt(), route);
        if (waiting.isPresent()) {
            deliveryLog.rewrite(waiting.get().id(), event.eventId(), kind, message, due);
        } else {
            deliveryLog.queue(event.appointmentId(), event.eventId(), kind, message, due);
        }
    }

    /**
     * What one message must say when a change arrives before the previous message went out; null means nothing
     * (the patient never heard of a booking that no longer exists).
     */
    static NotificationKind merge(NotificationKind waiting, NotificationKind next) {
        if (waiting == CONFIRMATION && next == CANCELLATION) {
            return null;
        }
        if (waiting == CONFIRMATION && next == RESCHEDULE) {
            return CONFIRMATION;
        }
        return next;
    }
}
