package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

    @Test
    void usernamesIgnoreCaseAndSurroundingSpace() {
        assertThat(Usernames.normalise("  Ada.Lovelace ")).isEqualTo("ada.lovelace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "grace_hopper", "k.t-99", "abcdefghijabcdefghijabcdefghij12"})
    void acceptsLettersDigitsDotsDashesAndUnderscores(String username) {
        assertThat(Usernames.problem(username)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ab", "abcdefghijabcdefghijabcdefghij123", "ada lovelace", "<b>ada</b>", "ada@example.org"})
    void refusesEverythingElseWithAReason(String username) {
        assertThat(Usernames.problem(username)).isPresent();
    }
}
