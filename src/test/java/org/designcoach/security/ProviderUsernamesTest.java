package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderUsernamesTest {

    private static final Set<String> NONE = Set.of();

    @Test
    void thePreferredUsernameIsTakenAsItIs() {
        assertThat(ProviderUsernames.choose("mia", "a1b2", NONE::contains)).isEqualTo("mia");
    }

    @Test
    void anEmailLikePreferredUsernameKeepsThePartBeforeTheAtInLowerCase() {
        assertThat(ProviderUsernames.choose("Mia.Lopez@Contoso.com", "a1b2", NONE::contains)).isEqualTo("mia.lopez");
    }

    @Test
    void charactersUsernamesDoNotAllowBecomeDashes() {
        assertThat(ProviderUsernames.choose("Mia Lopez (QA)", "a1b2", NONE::contains)).isEqualTo("mia-lopez-qa");
    }

    @Test
    void withoutAUsablePreferredUsernameTheSubjectIsUsed() {
        assertThat(ProviderUsernames.choose(null, "00u1AbCdEf", NONE::contains)).isEqualTo("00u1abcdef");
        assertThat(ProviderUsernames.choose("é", "00u1AbCdEf", NONE::contains)).isEqualTo("00u1abcdef");
    }

    @Test
    void aLongSubjectIsCutToTheLongestUsername() {
        String chosen = ProviderUsernames.choose(null, "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ", NONE::contains);

        assertThat(chosen).hasSize(Usernames.MAX_LENGTH);
        assertThat(Usernames.problem(chosen)).isEmpty();
    }

    @Test
    void aTakenUsernameGetsTheFirstFreeNumber() {
        assertThat(ProviderUsernames.choose("mia", "s", Set.of("mia", "mia-2")::contains)).isEqualTo("mia-3");
    }

    @Test
    void aNumberedUsernameStillFitsTheLongestUsername() {
        String longest = "m".repeat(Usernames.MAX_LENGTH);

        String chosen = ProviderUsernames.choose(longest, "s", Set.of(longest)::contains);

        assertThat(chosen).hasSize(Usernames.MAX_LENGTH).endsWith("-2");
    }

    @Test
    void nothingUsableAtAllGivesAGenericUsername() {
        assertThat(ProviderUsernames.choose("@@", "--", NONE::contains)).isEqualTo("user");
    }
}
