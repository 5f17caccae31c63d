package org.clinic.booking.ratelimit;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.clinic.booking.patient.PhoneNumbers;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The public booking and manage actions, counted per client address and per email and phone number, each in its own
 * bucket in PostgreSQL (Bucket4j, row locked while it is taken from), so every instance draws on the same buckets.
 * Each method takes one request from its buckets or throws {@link TooManyRequests}. The desk never calls these.
 */
@Component
public class RateLimits {

    private final ProxyManager<String> buckets;
    private final RateLimitProperties limits;
    private final PhoneNumbers phoneNumbers;

    RateLimits(ProxyManager<String> rateLimitBuckets, RateLimitProperties limits, PhoneNumbers phoneNumbers) {
        this.buckets = rateLimitBuckets;
        this.limits = limits;
        this.phoneNumbers = phoneNumbers;
    }

    /** A public booking (API or form) sent from this request's client address. */
    public void bookingFrom(HttpServletRequest request) {
        take("booking-address", ClientAddress.of(request), limits.bookingsPerAddress(),
                "booking requests from your network");
    }

    /** A public booking for this email and phone, from whichever address. */
    public void bookingFor(String email, String phone) {
        takeForContact("booking-contact", email, phone, limits.bookingsPerContact(),
                "online bookings for this email address or phone number");
    }

    /**
     * Any request for an appointment by its reference and manage token (pages and API, reading or changing): the
     * limit that makes guessing references and tokens pointless.
     */
    public void manageFrom(HttpServletRequest request) {
        take("manage-address", ClientAddress.of(request), limits.managePerAddress(),
                "requests about appointments from your network");
    }

    /** A cancel or reschedule by the patient, counted for the appointment's email and phone (each sends a message). */
    public void manageChangeFor(String email, String phone) {
        takeForContact("manage-contact", email, phone, limits.manageChangesPerContact(),
                "changes to appointments for this email address or phone number");
    }

    private void takeForContact(String scope, String email, String phone, Rate rate, String tooManyWhat) {
        if (email != null && !email.isBlank()) {
            take(scope, email.strip().toLowerCase(Locale.ROOT), rate, tooManyWhat);
        }
        phoneNumbers.toE164(phone).ifPresent(e164 -> take(scope, e164, rate, tooManyWhat));
    }

    private void take(String scope, String value, Rate rate, String tooManyWhat) {
        ConsumptionProbe probe;
        try {
            probe = buckets.builder().build(key(scope, value), rate::bucket).tryConsumeAndReturnRemaining(1);
        } catch (BucketExceptions.BucketExecutionException e) {
            // The buckets live in the database, so their store failing is the database failing: a 503 to retry
            // (service-platform's DatabaseUnavailable). Said here because Bucket4j's rollback on a connection the
            // server has ended replaces the original error with a bare "Connection is closed".
            throw new DataAccessResourceFailureException("Rate limit buckets could not be read", e);
        }
        if (!probe.isConsumed()) {
            throw TooManyRequests.waitFor(tooManyWhat, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Hashed: a fixed-length key, and no email address or IP address in plain sight in the table. */
    static String key(String scope, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return scope + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
