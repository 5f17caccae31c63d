package org.clinic.events;

/** The Kafka consumer group ids: one per consuming service, shared by all its instances. */
public final class ConsumerGroups {

    /** Reads {@link Topics#DELIVERY_EVENTS}. */
    public static final String BOOKING_SERVICE = "booking-service";

    /** Reads {@link Topics#APPOINTMENT_EVENTS}. */
    public static final String NOTIFICATION_SERVICE = "notification-service";

    /** Reads {@link Topics#APPOINTMENT_EVENTS}: bookings made from an article, for its figures. */
    public static final String CONTENT_SERVICE = "content-service";

    private ConsumerGroups() {
    }
}
