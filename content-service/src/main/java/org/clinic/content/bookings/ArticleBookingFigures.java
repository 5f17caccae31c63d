package org.clinic.content.bookings;

import java.time.Duration;

/** How many bookings an article brought in the last 30 and 90 days, and how many of those were cancelled. */
public record ArticleBookingFigures(Window last30Days, Window last90Days) {

    static final Duration SHORT = Duration.ofDays(30);
    static final Duration LONG = Duration.ofDays(90);

    /** @param booked bookings made from the article in the window; {@code cancelled}: how many of them were cancelled */
    public record Window(int days, int booked, int cancelled) {
    }
}
