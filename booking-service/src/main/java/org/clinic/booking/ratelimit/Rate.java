package org.clinic.booking.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/**
 * A limit as settings write it: {@code 10/1h} is ten requests an hour. The bucket refills evenly (greedily), one
 * request every six minutes here, so someone who hit the limit waits minutes, not until the hour is over.
 */
public record Rate(int requests, Duration per) {

    public Rate {
        if (requests < 1 || per == null || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("A rate allows at least one request per positive period, like 10/1h");
        }
    }

    /** "10/1h", "5/24h", "120/30m": how settings and environment variables write a rate (Spring finds this method). */
    public static Rate valueOf(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Write a rate as requests/period, like 10/1h, not '" + text + "'");
        }
        return new Rate(Integer.parseInt(parts[0].strip()), DurationStyle.detectAndParse(parts[1].strip()));
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, per).build())
                .build();
    }
}
