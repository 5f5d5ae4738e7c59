package org.designcoach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private Notifications notifications;

    @Autowired
    private NotificationSettings settings;

    @BeforeEach
    void twoLearnersHaveAccounts() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
    }

    @Test
    void anEmptyListSaysWhatWillAppearThereAndTheBellShowsNoNumber() {
        var view = navigate(NotificationsView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Nothing new. When a mentor returns a review, it appears here.");
        assertThat(entries(view)).isEmpty();
        assertThat(view.markAll.isEnabled()).isFalse();
        NotificationBell bell = bell();
        assertThat(bell.button.getAriaLabel()).hasValue("Notifications");
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(bell.badge.getText()).isEmpty();
    }

    @Test
    void theBellCountsUnreadNotificationsAndLeadsToTheList() {
        notifications.send("lena", "Mira returned your review.", "notifications");
        notifications.send("lena", "Mira commented on your cache.", "notifications");
        notifications.send("lena", "Mira commented on your queue.", "notifications");
        notifications.send("omar", "Not for Lena.", "notifications");

        navigate(NotificationSettingsView.class);
        NotificationBell bell = bell();
        assertThat(bell.button.getAriaLabel()).hasValue("Notifications, 3 unread");
        assertThat(bell.badge.getText()).isEqualTo("3");

        test(bell.button).click();
        assertThat(getCurrentView()).isInstanceOf(NotificationsView.class);
    }

    @Test
    void unreadOnesAreMarkedAndOpeningOneMarksItReadAndFollowsItsLink() {
        notifications.send("lena", "Older, about your tokens.", "profile/api-tokens");
        notifications.send("lena", "Newer, about your settings.", "profile/notifications");
        var view = navigate(NotificationsView.class);
        List<NativeButton> entries = entries(view);
        assertThat(entries).extracting(entry -> entry.getElement().getTextRecursively()).satisfiesExactly(
                newest -> assertThat(newest).startsWith("UnreadNewer, about your settings."),
                oldest -> assertThat(oldest).startsWith("UnreadOlder, about your tokens."));

        test(entries.get(1)).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("profile/api-tokens");
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(bell().button.getAriaLabel()).hasValue("Notifications, 1 unread");
        var again = navigate(NotificationsView.class);
        assertThat(entries(again).get(1).getElement().getTextRecursively()).doesNotContain("Unread");
        assertThat(entries(again).get(0).getElement().getTextRecursively()).startsWith("Unread");
    }

    @Test
    void markAllAsReadClearsTheMarksAndTheBell() {
        notifications.send("lena", "Your review is back.", "notifications");
        notifications.send("lena", "A comment on your design.", "notifications");
        var view = navigate(NotificationsView.class);

        test(view.markAll).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(entries(view)).hasSize(2)
                .noneMatch(entry -> entry.getElement().getTextRecursively().contains("Unread"));
        assertThat(view.markAll.isEnabled()).isFalse();
        assertThat(bell().button.getAriaLabel()).hasValue("Notifications");
        assertThat(bell().badge.isVisible()).isFalse();
    }

    @Test
    void theSettingsPageSavesAnAddressAndSaysThatNoMailServerIsSetUp() {
        var view = navigate(NotificationSettingsView.class);
        assertThat(view.noMailServer.isVisible()).isTrue();

        test(view.email).setValue("lena@example.com");
        test(view.emailsWanted).click();
        test(view.save).click();

        assertThat(view.email.isInvalid()).isFalse();
        assertThat(settings.mine().email()).isEqualTo("lena@example.com");
        assertThat(settings.mine().emailsWanted()).isTrue();
        var reopened = navigate(NotificationSettingsView.class);
        assertThat(reopened.email.getValue()).isEqualTo("lena@example.com");
        assertThat(reopened.emailsWanted.getValue()).isTrue();
    }

    @Test
    void aBadAddressIsExplainedInTheFieldAndKeptAsTyped() {
        var view = navigate(NotificationSettingsView.class);

        test(view.email).setValue("lena at example");
        test(view.emailsWanted).click();
        test(view.save).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("such as lena@example.com");
        assertThat(view.email.getValue()).isEqualTo("lena at example");
        assertThat(settings.mine().emailsWanted()).isFalse();
    }

    private List<NativeButton> entries(NotificationsView view) {
        return $(NativeButton.class, view.list).all();
    }

    private NotificationBell bell() {
        return $(NotificationBell.class).single();
    }
}
