package org.designcoach.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
@RecordApplicationEvents
class NotificationsTest {

    @Autowired
    private Notifications notifications;

    @Autowired
    private NotificationSettings settings;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ApplicationEvents events;

    @BeforeEach
    void aMentorAndTwoLearnersHaveAccounts() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "mira");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSentNotificationIsListedNewestFirstAndCountedAsUnreadForItsRecipientOnly() {
        TestAccounts.signInAs("mira", Role.MENTOR);
        notifications.send("lena", "Mira returned your review of the URL shortener.", "sandbox/url-shortener");
        notifications.send("lena", "Mira commented on your cache.", "notifications");

        TestAccounts.signInAs("lena");
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications.recent(10)).extracting(NotificationItem::text)
                .containsExactly("Mira commented on your cache.", "Mira returned your review of the URL shortener.");
        assertThat(notifications.recent(10)).allMatch(NotificationItem::unread);

        TestAccounts.signInAs("omar");
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(10)).isEmpty();
    }

    @Test
    void aNotificationToAnAccountThatNoLongerExistsIsDroppedAndTheSenderCarriesOn() {
        notifications.send("erased#0a1b2c3d4e5f", "lena replied to your review.", "reviews/1");
        assertThatThrownBy(() -> notifications.send("nobody", "Hello.", "https://evil.example"))
                .as("still checked").isInstanceOf(IllegalArgumentException.class);
        notifications.send("lena", "Still here.", "notifications");

        TestAccounts.signInAs("lena");
        assertThat(notifications.recent(10)).extracting(NotificationItem::text).containsExactly("Still here.");
    }

    @Test
    void markingOneReadKeepsItListedAndLowersTheCount() {
        notifications.send("lena", "Your review is back.", "sandbox/url-shortener?stage=design");
        TestAccounts.signInAs("lena");
        long id = notifications.recent(1).getFirst().id();

        NotificationItem opened = notifications.markRead(id);

        assertThat(opened.link()).isEqualTo("sandbox/url-shortener?stage=design");
        assertThat(opened.unread()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(10)).singleElement().satisfies(item -> assertThat(item.unread()).isFalse());
    }

    @Test
    void markingAllReadTouchesOnlyTheSignedInPersonsNotifications() {
        notifications.send("lena", "First.", "notifications");
        notifications.send("lena", "Second.", "notifications");
        notifications.send("omar", "Yours.", "notifications");
        TestAccounts.signInAs("lena");

        assertThat(notifications.markAllRead()).isEqualTo(2);

        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(10)).hasSize(2).noneMatch(NotificationItem::unread);
        TestAccounts.signInAs("omar");
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void anotherPersonsNotificationCannotBeOpenedAndTheMessageIsTheSameAsForOneThatDoesNotExist() {
        notifications.send("omar", "Only for Omar.", "notifications");
        TestAccounts.signInAs("omar");
        long omars = notifications.recent(1).getFirst().id();

        TestAccounts.signInAs("lena");
        String refusal = messageOf(() -> notifications.markRead(omars));
        String missing = messageOf(() -> notifications.markRead(omars + 1000));

        assertThat(refusal).isEqualTo(missing).isEqualTo("There is no such notification among yours.");
        TestAccounts.signInAs("omar");
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedNamingTheLimit() {
        notifications.send("lena", "x".repeat(Notifications.MAX_TEXT), "notifications");

        assertThatThrownBy(() -> notifications.send("lena", "x".repeat(Notifications.MAX_TEXT + 1), "notifications"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 300 characters");
        assertThatThrownBy(() -> notifications.send("lena", "  \n ", "notifications"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/login", "javascript:alert(1)", "//evil.example", "/notifications",
            "sessions/../admin", "reviews//12", "", "12/review", "reviews/12#top", "reviews/<b>12</b>",
            "reviews/ 12"})
    void aLinkThatCouldLeaveTheAppIsRefused(String link) {
        assertThatThrownBy(() -> notifications.send("lena", "Your review is back.", link))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path inside the app");
    }

    @Test
    void aRecipientWhoAskedForEmailsGetsOneAfterCommitAndOthersDoNot() {
        TestAccounts.signInAs("lena");
        settings.save("lena@example.com", true, NotificationSettings.NEW);
        TestAccounts.signInAs("omar");
        settings.save("omar@example.com", false, NotificationSettings.NEW);

        TestAccounts.signInAs("mira", Role.MENTOR);
        notifications.send("lena", "Your review is back.", "notifications");
        notifications.send("omar", "Your review is back too.", "notifications");

        assertThat(events.stream(MailWanted.class))
                .containsExactly(new MailWanted("lena", "lena@example.com", "Your review is back."));
    }

    @Test
    void theExportHoldsTheSignedInPersonsOwnDataOnly() {
        notifications.send("lena", "Your review is back.", "notifications");
        TestAccounts.signInAs("lena");
        settings.save("lena@example.com", true, NotificationSettings.NEW);

        NotificationExport export = notifications.exportFor("lena");

        assertThat(export.email()).isEqualTo("lena@example.com");
        assertThat(export.emailsWanted()).isTrue();
        assertThat(export.notifications()).extracting(NotificationItem::text).containsExactly("Your review is back.");
        assertThatThrownBy(() -> notifications.exportFor("omar")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.recent(10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
        } catch (NotificationException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a NotificationException");
    }
}
