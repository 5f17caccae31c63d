package org.clinic.booking.appointment;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code clinic.booking.*}: limits of booking online (the rate limits: {@code ratelimit.RateLimitProperties}). */
@Validated
@ConfigurationProperties("clinic.booking")
record OnlineBookingProperties(@Min(1) int maxFutureOnlineBookings) {
}
