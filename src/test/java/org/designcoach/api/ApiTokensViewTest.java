package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
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
class ApiTokensViewTest extends SpringBrowserlessTest {


    @Autowired
    private AccountService accounts;

    @Autowired
    private ApiTokenService tokens;

    @BeforeEach
    void aLearnerHasAnAccount() {
        TestAccounts.adminAndLearners(accounts, "lena");
    }

    @Test
    void withoutTokensThePageSaysWhatTokensAreFor() {
        var view = navigate(ApiTokensView.class);

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).contains("no API tokens yet");
    }

    @Test
    void aCreatedTokenIsShownOnceAndListedWithoutItsSecret() {
        var view = navigate(ApiTokensView.class);

        test(view.name).setValue("CI pipeline");
        test(view.create).click();

        assertThat(view.shown).isNotNull();
        String secret = $(TextField.class, view.shown).withCaption("Token").single().getValue();
        assertThat(secret).startsWith("dcp_");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("CI pipeline");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("…" + secret.substring(secret.length() - 4));
        assertThat(view.name.getValue()).isEmpty();
    }

    @Test
    void aBadNameIsExplainedAndKeptAsTyped() {
        var view = navigate(ApiTokensView.class);

        test(view.name).setValue("<i>mine</i>");
        test(view.create).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("plain text");
        assertThat(view.name.getValue()).isEqualTo("<i>mine</i>");
        assertThat(view.shown).isNull();
    }

    @Test
    void aTokenRevokedInAnotherTabIsExplainedAndShownAsRevoked() {
        var view = navigate(ApiTokensView.class);
        test(view.name).setValue("CI pipeline");
        test(view.create).click();
        var revokeButton = (Button) test(view.grid).getCellComponent(0, 4);

        tokens.revoke(tokens.mine().getFirst().id());
        test(revokeButton).click();

        assertThat(test($(Notification.class).last()).getText()).contains("CI pipeline was already revoked",
                "another tab");
        assertThat(test(view.grid).getCellComponent(0, 4)).isNotInstanceOf(Button.class);
    }
}
