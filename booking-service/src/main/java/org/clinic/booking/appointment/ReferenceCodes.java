package org.clinic.booking.appointment;

import java.security.SecureRandom;

/** Eight characters a receptionist can read over the phone: no 0/O, 1/I/L confusion. */
final class ReferenceCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCodes() {
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** Accepts what a patient may type: lower case and surrounding spaces. */
    static String normalize(String reference) {
        return reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
