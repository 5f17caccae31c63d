package org.clinic.events;

/**
 * The Kafka topics the services exchange records on: the one place their names are spelt. Each topic's contract is
 * {@code docs/events/<name>.md}. A service's {@code clinic.topics.*} / {@code clinic.delivery.topic} property takes
 * its default from here and exists only so a test or an operator can point it elsewhere.
 */
public final class Topics {

    /** booking-service publishes {@link org.clinic.events.appointment.AppointmentEvent}s here. */
    public static final String APPOINTMENT_EVENTS = "booking.appointment-events";

    /** notification-service publishes {@link org.clinic.events.notification.NotificationEvent}s here. */
    public static final String DELIVERY_EVENTS = "notification.delivery-events";

    /** content-service publishes {@link org.clinic.events.article.ArticleEvent}s here. */
    public static final String ARTICLE_EVENTS = "content.article-events";

    /** A consumer's dead letters go to the consumed topic's name plus this suffix (Spring Kafka's convention). */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final String APPOINTMENT_EVENTS_DLT = APPOINTMENT_EVENTS + DEAD_LETTER_SUFFIX;

    public static final String DELIVERY_EVENTS_DLT = DELIVERY_EVENTS + DEAD_LETTER_SUFFIX;

    public static final String ARTICLE_EVENTS_DLT = ARTICLE_EVENTS + DEAD_LETTER_SUFFIX;

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
