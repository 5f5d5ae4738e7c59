package org.designcoach.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Generates temporary passwords that are strong yet easy to read out and type: four groups of
 * five characters from an alphabet without look-alikes (no 0/o, 1/l/i), about 99 bits.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        var password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }

    /** The password of an invited account until its owner sets one: 256 random bits, shown to nobody. */
    static String unguessableSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
