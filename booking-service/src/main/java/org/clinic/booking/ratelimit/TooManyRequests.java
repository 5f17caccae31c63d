package org.clinic.booking.ratelimit;

import java.time.Duration;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A limit was reached: 429 with {@code Retry-After} (whole seconds) on the API; pages show their form again with
 * {@link #getBody() the detail} and the time to come back.
 */
public class TooManyRequests extends ApiProblemException {

    private final Duration retryAfter;

    private TooManyRequests(String tooManyWhat, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "There have been too many " + tooManyWhat
                + ". Please try again in " + inWords(retryAfter) + ".");
        this.retryAfter = retryAfter;
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
    }

    /** {@code wait} as Bucket4j measured it, in nanoseconds; rounded up to whole seconds. */
    static TooManyRequests waitFor(String tooManyWhat, Duration wait) {
        long seconds = Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
        return new TooManyRequests(tooManyWhat, Duration.ofSeconds(seconds));
    }

    /** At least a second, rounded up: trying again this much later succeeds (unless others used it meanwhile). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** "about 6 minutes", "about 2 hours": people do not need the seconds. */
    static String inWords(Duration wait) {
        long minutes = (wait.toSeconds() + 59) / 60;
        if (minutes <= 1) {
            return "a minute";
        }
        if (minutes < 90) {
            return "about " + minutes + " minutes";
        }
        return "about " + Math.round(minutes / 60.0) + " hours";
    }
}
