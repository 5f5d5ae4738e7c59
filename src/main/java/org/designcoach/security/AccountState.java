package org.designcoach.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a signed-in session must agree with about its account, read fresh from the database.
 * {@code passwordStamp} is a fingerprint of the stored password hash: it changes with every password
 * set (each hash has a salt of its own), even twice in one clock tick, and reveals nothing of the hash.
 */
record AccountState(Role role, boolean enabled, String passwordStamp) {

    static AccountState of(Role role, boolean enabled, String passwordHash) {
        return new AccountState(role, enabled, stampOf(passwordHash));
    }

    static String stampOf(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
