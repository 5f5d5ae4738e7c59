package org.designcoach.security;

import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords are hashed. PBKDF2 rather than BCrypt as the default: BCrypt ignores everything
 * past 72 bytes, and long passphrases must count in full. Hashes of the other kinds still verify,
 * and the {@code {id}} prefix lets the default change later without a migration.
 */
final class PasswordHashing {

    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    private PasswordHashing() {
    }

    static PasswordEncoder encoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(PBKDF2, encoders);
    }
}
