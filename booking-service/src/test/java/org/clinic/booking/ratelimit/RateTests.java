package org.clinic.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RateTests {

    @Test
    void readsRequestsPerPeriodAsSettingsWriteThem() {
        assertThat(Rate.valueOf("10/1h")).isEqualTo(new Rate(10, Duration.ofHours(1)));
        assertThat(Rate.valueOf(" 5 / 24h ")).isEqualTo(new Rate(5, Duration.ofHours(24)));
        assertThat(Rate.valueOf("120/PT30M")).isEqualTo(new Rate(120, Duration.ofMinutes(30)));
    }

    @Test
    void refusesRatesThatLimitNothingOrCannotBeRead() {
        assertThatThrownBy(() -> Rate.valueOf("10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.valueOf("0/1h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.valueOf("10/0s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.valueOf("ten/1h")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bindsFromConfigurationAsTheServiceReadsIt() {
        var settings = new MapConfigurationPropertySource(Map.of(
                "clinic.booking.rate-limits.bookings-per-address", "10/1h",
                "clinic.booking.rate-limits.bookings-per-contact", "5/24h",
                "clinic.booking.rate-limits.manage-per-address", "120/1h",
                "clinic.booking.rate-limits.manage-changes-per-contact", "10/24h"));

        RateLimitProperties limits = new Binder(settings).bind("clinic.booking.rate-limits", RateLimitProperties.class)
                .get();

        assertThat(limits.bookingsPerAddress()).isEqualTo(new Rate(10, Duration.ofHours(1)));
        assertThat(limits.manageChangesPerContact()).isEqualTo(new Rate(10, Duration.ofHours(24)));
    }

    @Test
    void saysHowLongToWaitInWordsPeopleUse() {
        assertThat(TooManyRequests.inWords(Duration.ofSeconds(20))).isEqualTo("a minute");
        assertThat(TooManyRequests.inWords(Duration.ofSeconds(360))).isEqualTo("about 6 minutes");
        assertThat(TooManyRequests.inWords(Duration.ofSeconds(361))).isEqualTo("about 7 minutes");
        assertThat(TooManyRequests.inWords(Duration.ofMinutes(288))).isEqualTo("about 5 hours");
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        var soon = TooManyRequests.waitFor("requests", Duration.ofMillis(10));
        var later = TooManyRequests.waitFor("requests", Duration.ofMillis(359_001));

        assertThat(soon.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(later.getHeaders().getFirst("Retry-After")).isEqualTo("360");
        assertThat(later.getStatusCode().value()).isEqualTo(429);
        assertThat(later.getBody().getDetail())
                .isEqualTo("There have been too many requests. Please try again in about 6 minutes.");
    }
}
