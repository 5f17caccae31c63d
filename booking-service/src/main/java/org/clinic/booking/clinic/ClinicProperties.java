package org.clinic.booking.clinic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The clinic this deployment serves: its identity, time zone and booking policy. */
@Validated
@ConfigurationProperties("clinic")
public record ClinicProperties(
        @NotBlank String name,
        @NotNull ZoneId timeZone,
        @NotBlank String phone,
        String address,
        @NotBlank String phoneRegion,
        boolean demoData,
        @Valid @NotNull Policy policy) {

    public record Policy(
            @Min(0) int minNoticeMinutes,
            @Min(1) int horizonDays,
            @Min(0) int cancelCutoffHours,
            @Min(0) int rescheduleCutoffHours) {

        public Duration minNotice() {
            return Duration.ofMinutes(minNoticeMinutes);
        }
    }
}
