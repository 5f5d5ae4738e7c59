package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsTensOfThousandsOfCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(30_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "seven77", "1234567"})
    void refusesPasswordsShorterThanEightCharacters(String password) {
        assertThat(policy.problem(password, "ada")).hasValueSatisfying(problem -> assertThat(problem).contains("at least 8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "iloveyou", "PASSWORD1", "qwertyuiop", "Password123"})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThat(policy.problem(password, "ada")).hasValueSatisfying(problem -> assertThat(problem).contains("common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tulip-lantern-42", "brisk orange ferry", "zzqv8mk1", "ÄÖÜ-mit-Umlauten"})
    void acceptsUncommonPasswordsWithoutCompositionRules(String password) {
        assertThat(policy.problem(password, "ada")).isEmpty();
    }

    @Test
    void acceptsLongPassphrasesUpTo256Characters() {
        String passphrase = "the quiet river carries seven paper boats past the old mill ".repeat(5).substring(0, 256);

        assertThat(policy.problem(passphrase, "ada")).isEmpty();
        assertThat(policy.problem(passphrase + "x", "ada")).hasValueSatisfying(problem -> assertThat(problem).contains("at most"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.problem("€€€€€€€€", "ada")).isEmpty();
    }

    @Test
    void refusesTheUsernameAsPassword() {
        assertThat(policy.problem("Grace.Hopper", "grace.hopper")).hasValueSatisfying(problem -> assertThat(problem).contains("username"));
    }
}
