package org.clinic.gateway.account;

import java.security.SecureRandom;

/**
 * Passwords the gateway makes up for an admin to hand over (a new account, a reset): 16 random characters in four
 * groups, from an alphabet without look-alikes (no 0/o, 1/l/i), so it can be read out or copied by hand. About 80
 * bits; used once, then the owner chooses their own.
 */
public final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
