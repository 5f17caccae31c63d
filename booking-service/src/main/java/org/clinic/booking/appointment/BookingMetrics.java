package org.clinic.booking.appointment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Counts booking attempts by channel, action and outcome ({@value #BOOKINGS}; docs/operations.md, "Metrics").
 * Every combination that can happen is registered at start with zero, so a rate over the first attempt of a kind is
 * not lost.
 * An attempt counts once it reaches the booking rules: a body that does not even parse (400 before any booking
 * code runs) is only in {@code http.server.requests}; a replayed Idempotency-Key answer is not a new booking.
 */
@Component
public class BookingMetrics {

    static final String BOOKINGS = "clinic.bookings";

    /** A new appointment, or an existing one moved to another time (the new time is booked the same way). */
    enum Action { BOOK, RESCHEDULE }

    enum Outcome {
        /** Booked (or moved). */
        BOOKED,
        /** The time was taken by someone else first: 409 "Slot not available". */
        SLOT_TAKEN,
        /** Refused by a booking rule: too many upcoming online bookings, too late to reschedule, an unknown patient. */
        REJECTED,
        /** Over a public booking limit: 429, nothing stored. */
        RATE_LIMITED;

        static Outcome of(ApiProblemException refusal) {
            if (refusal.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
                return RATE_LIMITED;
            }
            return BookAppointment.isSlotTaken(refusal) ? SLOT_TAKEN : REJECTED;
        }
    }

    private final MeterRegistry registry;

    BookingMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (BookingChannel channel : BookingChannel.values()) {
            for (Action action : Action.values()) {
                for (Outcome outcome : Outcome.values()) {
                    if (outcome != Outcome.RATE_LIMITED || isPublicBooking(channel, action)) {
                        counter(channel, action, outcome);
                    }
                }
            }
        }
    }

    void record(BookingChannel channel, Action action, Outcome outcome) {
        counter(channel, action, outcome).increment();
    }

    /**
     * A public booking over one of its limits (README, "Abuse limits"). Only booking online is limited per address
     * and contact before anything is stored; the desk never is, and a patient's reschedule is held to the manage
     * limits, which count every manage request alike.
     */
    void onlineBookingRateLimited() {
        record(BookingChannel.ONLINE, Action.BOOK, Outcome.RATE_LIMITED);
    }

    private static boolean isPublicBooking(BookingChannel channel, Action action) {
        return channel == BookingChannel.ONLINE && action == Action.BOOK;
    }

    /** Registered once, then found by Micrometer's lookup of name and tags. */
    private Counter counter(BookingChannel channel, Action action, Outcome outcome) {
        return Counter.builder(BOOKINGS)
                .description("Booking attempts by channel (online, desk), action (book, reschedule) and outcome")
                .tag("channel", channelTag(channel))
                .tag("action", tag(action))
                .tag("outcome", tag(outcome))
                .register(registry);
    }

    /** The desk books callers on the phone; "desk" is what an operator calls that channel. */
    private static String channelTag(BookingChannel channel) {
        return channel == BookingChannel.PHONE ? "desk" : "online";
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
