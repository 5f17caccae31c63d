package org.clinic.booking.appointment;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in a patient's manage link: 256 random bits, shown once, stored only as a SHA-256 hash.
 * A plain hash suffices (no salt or stretching) because the token is random, not a password someone chose.
 */
final class ManageTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ManageTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        return Digests.sha256(token);
    }

    /** Constant-time, so response timing tells an attacker nothing about how close a guess was. */
    static boolean matches(String token, byte[] storedHash) {
        return token != null && !token.isEmpty() && MessageDigest.isEqual(hash(token), storedHash);
    }
}
