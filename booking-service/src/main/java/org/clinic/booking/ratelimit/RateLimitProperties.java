package org.clinic.booking.ratelimit;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How often the public may book and manage appointments ({@code clinic.booking.rate-limits}, defaults in
 * application.yml). Per address: the client address the gateway saw. Per contact: the email and, separately, the
 * phone number a booking names (or the appointment being changed has), however they are written.
 */
@Validated
@ConfigurationProperties("clinic.booking.rate-limits")
public record RateLimitProperties(
        @NotNull Rate bookingsPerAddress,
        @NotNull Rate bookingsPerContact,
        @NotNull Rate managePerAddress,
        @NotNull Rate manageChangesPerContact) {
}
