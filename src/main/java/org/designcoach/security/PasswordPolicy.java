package org.designcoach.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: a minimum length, long passphrases welcome, no composition
 * rules, and no password that is on a list of the most common ones.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 256;
    private static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** What is wrong with a password, in words for the person typing it; empty when it is fine. */
    Optional<String> problem(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a few words make a good passphrase.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("This password is one of the most common ones and easy to guess. Choose another.");
        }
        if (!username.isBlank() && lower.equals(Usernames.normalise(username))) {
            return Optional.of("The password must not be your username.");
        }
        return Optional.empty();
    }

    /** Refuses a password that breaks a rule or differs from its confirmation, naming the field to fix. */
    void requireAcceptable(String password, String confirmation, String username) {
        problem(password, username).ifPresent(problem -> {
            throw new AccountException(AccountException.Field.PASSWORD, problem);
        });
        if (!password.equals(confirmation)) {
            throw new AccountException(AccountException.Field.CONFIRMATION,
                    "The two passwords differ. Type the same one twice.");
        }
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        try (InputStream in = new ClassPathResource(LIST).getInputStream();
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common-password list " + LIST, e);
        }
        return Set.copyOf(words);
    }
}
