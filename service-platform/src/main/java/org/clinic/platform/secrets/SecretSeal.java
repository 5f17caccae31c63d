package org.clinic.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a short secret (a patient's manage token) with AES-256-GCM so it can travel through Kafka and rest in a
 * database without being readable there; only a holder of the key can open it. The {@code context} (e.g. the
 * appointment id) is authenticated but not stored: a sealed value copied onto another appointment does not open.
 *
 * <p>Format: {@code v1.} + base64url(12-byte nonce, ciphertext and 16-byte tag), about 90 characters for a token.
 */
public final class SecretSeal {

    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SecretSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * @param base64Key   32 random bytes, base64 (standard or URL-safe), e.g. {@code openssl rand -base64 32}
     * @param settingName named in the error, so an operator knows which setting to fix; the value never is
     */
    public static SecretSeal fromBase64Key(String base64Key, String settingName) {
        byte[] key;
        try {
            key = base64Key == null ? new byte[0] : decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new IllegalStateException(settingName + " must be 32 random bytes in base64 "
                    + "(generate one with: openssl rand -base64 32)");
        }
        return new SecretSeal(key);
    }

    public String seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    /**
     * The secret, or empty when the value was sealed with another key (rotated), for another context, altered, or
     * is not a sealed value at all: callers treat all of these as "no secret known".
     */
    public Optional<String> open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), context);
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException wrongKeyOrAltered) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] decode(String base64) {
        return base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0
                ? Base64.getUrlDecoder().decode(base64) : Base64.getDecoder().decode(base64);
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "SecretSeal[AES-256-GCM]";
    }
}
