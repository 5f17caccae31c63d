package org.clinic.booking.appointment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers the first response to each {@code Idempotency-Key} so a retried request books nothing new.
 *
 * <p>The first response contains the manage token, which must not sit in the database in the clear. It is sealed
 * (AES-GCM) with a key derived from the Idempotency-Key, which the database never stores: only the client that
 * holds the key can have the response replayed.
 */
@Component
class IdempotencyKeys {

    static final int MAX_KEY_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Duration retention;

    IdempotencyKeys(JdbcClient jdbc, @Value("${clinic.idempotency.retention:PT24H}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** One request's key, digested: where to find it, what it asked, and how to seal its answer. */
    record Claim(byte[] keyHash, byte[] requestHash, byte[] sealKey) {
    }

    Claim prepare(String key, String scope, String canonicalRequest) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ApiProblemException.invalidField("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        return new Claim(Digests.sha256("id:" + scope + ":" + key), Digests.sha256(canonicalRequest), Digests.sha256("seal:" + key));
    }

    /** The stored response for a retry of the same request; 409 if the key was used for a different one. */
    Optional<String> replay(Claim claim) {
        return jdbc.sql("SELECT request_hash, response_sealed FROM idempotency_key WHERE key_hash = :key")
                .param("key", claim.keyHash())
                .query((rs, n) -> {
                    if (!MessageDigest.isEqual(rs.getBytes("request_hash"), claim.requestHash())) {
                        throw ApiProblemException.conflict(
                                "This Idempotency-Key was already used for a different request.");
                    }
                    return open(claim, rs.getBytes("response_sealed"));
                })
                .optional();
    }

    /** Takes the key inside the booking's transaction; a concurrent holder makes this wait, then fail as a duplicate. */
    @Transactional(propagation = Propagation.MANDATORY)
    void claim(Claim claim, String scope) {
        jdbc.sql("INSERT INTO idempotency_key (key_hash, scope, request_hash) VALUES (:key, :scope, :request)")
                .param("key", claim.keyHash()).param("scope", scope).param("request", claim.requestHash())
                .update();
    }

    /**
     * Clients retry within minutes; after a day a key only keeps a sealed response around, so it is forgotten.
     * Runs on every instance; the DELETE is harmless when another instance already did it.
     */
    @Scheduled(fixedDelayString = "${clinic.idempotency.cleanup-interval:PT1H}")
    void forgetOldKeys() {
        jdbc.sql("DELETE FROM idempotency_key WHERE created_at < now() - CAST(:retention AS interval)")
                .param("retention", retention.toSeconds() + " seconds")
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void complete(Claim claim, UUID appointmentId, String responseJson) {
        jdbc.sql("""
                        UPDATE idempotency_key SET appointment_id = :appointment, response_status = 201,
                            response_sealed = :sealed WHERE key_hash = :key""")
                .param("appointment", appointmentId).param("sealed", seal(claim, responseJson))
                .param("key", claim.keyHash())
                .update();
    }

    private static byte[] seal(Claim claim, String plaintext) {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(claim.sealKey(), "AES"), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    private static String open(Claim claim, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(claim.sealKey(), "AES"),
                    new GCMParameterSpec(128, Arrays.copyOf(sealed, 12)));
            return new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored idempotent response could not be opened", e);
        }
    }
}
