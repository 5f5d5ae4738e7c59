package org.designcoach.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountAdministration;
import org.designcoach.security.AccountSearch;
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
class ImportPeopleViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private AccountAdministration administration;

    private ImportPeopleView view;

    @BeforeEach
    void anAdmin() {
        TestAccounts.adminAndLearners(accounts, "omar");
        view = navigate(ImportPeopleView.class);
    }

    @Test
    void anUploadedFileIsPreviewedRowByRowWithEachProblemAndNothingIsImportedYet() {
        upload("""
                username,email,display_name,role
                nia,nia@example.com,Nia,learner
                omar,,,learner
                """);

        assertThat(texts(view.problems.getChildren().toList())).containsExactly(
                "Line 3, username: There is already an account named omar. Take this line out, or choose another "
                        + "username.");
        assertThat(test(view.rows).size()).isEqualTo(2);
        assertThat(test(view.rows).getCellText(0, 6)).isEqualTo("Ready");
        assertThat(test(view.rows).getCellText(1, 6)).startsWith("username: There is already an account named omar.");
        assertThat(view.summary.getText()).startsWith("2 rows read: 1 ready to import, 1 with problems");
        assertThat(view.importButton.getText()).isEqualTo("Import 1 account");
        assertThat(administration.search(new AccountSearch("nia", null, null), 0, 10)).isEmpty();
    }

    @Test
    void confirmingImportsTheGoodRowsAndShowsTheirPasswordsOnce() {
        upload("username,role\nnia,learner\nnoor,mentor\n");

        test(view.importButton).click();

        var passwords = $(TextArea.class, view.outcome).single();
        assertThat(passwords.getValue().lines().toList()).hasSize(3).first().isEqualTo("username,temporary_password");
        assertThat(passwords.getValue()).containsPattern("\nnia,[a-z2-9-]{23}\nnoor,[a-z2-9-]{23}");
        assertThat(view.importButton.isVisible()).isFalse();
        assertThat(view.rows.isVisible()).isFalse();
        assertThat(administration.search(new AccountSearch("n", null, null), 0, 10)).hasSize(2);
    }

    @Test
    void aFileThatCannotBeReadShowsWhyAndOffersNoImport() {
        upload("");

        assertThat(texts(view.problems.getChildren().toList())).singleElement().asString()
                .startsWith("The file is empty.");
        assertThat(view.importButton.isVisible()).isFalse();
        assertThat(view.rows.isVisible()).isFalse();
    }

    private void upload(String text) {
        test(view.upload).upload("people.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(List<Component> items) {
        return items.stream().map(item -> item.getElement().getText()).toList();
    }
}
