package org.designcoach.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcoach.TestAccounts;
import org.designcoach.notification.EmailAddresses.InvalidEmailException;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class NotificationSettingsTest {

    @Autowired
    private NotificationSettings settings;

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void twoLearnersHaveAccounts() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.signInAs("lena");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonWithoutSettingsGetsNoEmails() {
        assertThat(settings.mine()).isEqualTo(new NotificationSettings.EmailChoice("", false, NotificationSettings.NEW));
    }

    @Test
    void aSavedAddressAndChoiceAreTheirsAloneAndNextTimeTheyAreThere() {
        var saved = settings.save("  lena@example.com ", true, NotificationSettings.NEW);

        assertThat(settings.mine()).isEqualTo(saved);
        assertThat(saved.email()).isEqualTo("lena@example.com");
        assertThat(saved.emailsWanted()).isTrue();
        TestAccounts.signInAs("omar");
        assertThat(settings.mine().email()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lena", "lena@", "@example.com", "lena@example", "lena @example.com",
            "Lena <lena@example.com>", "lena@example.com, omar@example.com"})
    void anAddressWeCannotSendToIsRefusedWithHowToWriteIt(String address) {
        assertThatThrownBy(() -> settings.save(address, true, NotificationSettings.NEW))
                .isInstanceOf(InvalidEmailException.class).hasMessageContaining("such as lena@example.com");
        assertThat(settings.mine().email()).isEmpty();
    }

    @Test
    void emailsWithoutAnAddressAreRefusedButNoAddressWithoutEmailsIsFine() {
        assertThatThrownBy(() -> settings.save(" ", true, NotificationSettings.NEW))
                .isInstanceOf(InvalidEmailException.class).hasMessageContaining("Enter the address");

        assertThat(settings.save("", false, NotificationSettings.NEW).emailsWanted()).isFalse();
    }

    @Test
    void aSaveFromAnOlderPageIsRefusedAndKeepsTheNewerChoice() {
        var first = settings.save("lena@example.com", true, NotificationSettings.NEW);
        settings.save("lena@example.org", true, first.version());

        assertThatThrownBy(() -> settings.save("lena@example.net", false, first.version()))
                .isInstanceOf(NotificationException.class).hasMessageContaining("another tab");
        assertThat(settings.mine().email()).isEqualTo("lena@example.org");
    }

    @Test
    void withoutAMailServerTheInstanceSendsNoEmail() {
        assertThat(settings.emailAvailable()).isFalse();
    }
}
