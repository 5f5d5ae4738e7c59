package org.designcoach.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.stream.IntStream;
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
@WithMockUser(username = "ada", roles = "ADMIN")
class EraseAccountDialogTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    private UsersView view;

    @BeforeEach
    void anAdminAndTwoLearners() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        view = navigate(UsersView.class);
    }

    @Test
    void theEraseButtonWorksOnlyOnceTheUsernameIsTypedAndThenTheAccountLeavesTheList() {
        test(eraseButton("lena")).click();
        var dialog = $(EraseAccountDialog.class).single();
        assertThat(dialog.erase.isEnabled()).isFalse();

        test(dialog.confirmation).setValue("omar");
        assertThat(dialog.erase.isEnabled()).isFalse();
        test(dialog.confirmation).setValue("Lena");
        assertThat(dialog.erase.isEnabled()).isTrue();
        test(dialog.erase).click();

        assertThat(usernames()).containsExactly("ada (you)", "omar");
        assertThat(accounts.roleOf("lena")).isEmpty();
    }

    @Test
    void anAdminCannotEraseTheirOwnAccountFromTheList() {
        assertThat(eraseButton("ada (you)").isEnabled()).isFalse();
    }

    private Button eraseButton(String shownUsername) {
        int row = usernames().indexOf(shownUsername);
        assertThat(row).isNotNegative();
        return $(Button.class, test(view.grid).getCellComponent(row, 5)).withText("Erase").single();
    }

    private java.util.List<String> usernames() {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
    }
}
