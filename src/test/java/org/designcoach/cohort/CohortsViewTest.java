package org.designcoach.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
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
class CohortsViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private Mentorship mentorship;

    @BeforeEach
    void learnersAndAMentorExist() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "mona");
    }

    @Test
    void withoutCohortsThePageSaysWhatToDo() {
        var view = navigate(CohortsView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("Create one");
        assertThat(view.editor.isVisible()).isFalse();
    }

    @Test
    void anAdminCreatesACohortAndFillsIt() {
        var view = navigate(CohortsView.class);

        test(view.newName).setValue("Platform team");
        test(view.create).click();
        assertThat(view.editor.isVisible()).isTrue();
        test(view.editor.learners.username).setValue("lena");
        test(view.editor.learners.add).click();
        test(view.editor.mentors.username).setValue("mona");
        test(view.editor.mentors.add).click();

        assertThat(mentorship.mentors("mona", "lena")).isTrue();
        assertThat(view.editor.learners.names.getChildren().count()).isEqualTo(1);
        assertThat(view.newName.getValue()).isEmpty();
    }

    @Test
    void aWrongUsernameIsExplainedInTheFieldAndKept() {
        var view = navigate(CohortsView.class);
        test(view.newName).setValue("Platform team");
        test(view.create).click();

        test(view.editor.mentors.username).setValue("lena");
        test(view.editor.mentors.add).click();

        assertThat(view.editor.mentors.username.isInvalid()).isTrue();
        assertThat(view.editor.mentors.username.getErrorMessage()).contains("'lena' is a learner, not a mentor");
        assertThat(view.editor.mentors.username.getValue()).isEqualTo("lena");
    }

    @Test
    void aDuplicateNameIsRefusedAndTheTypedNameStays() {
        var view = navigate(CohortsView.class);
        test(view.newName).setValue("Platform team");
        test(view.create).click();

        test(view.newName).setValue("platform team");
        test(view.create).click();

        assertThat(view.newName.isInvalid()).isTrue();
        assertThat(view.newName.getErrorMessage()).contains("already a cohort");
        assertThat(view.newName.getValue()).isEqualTo("platform team");
    }
}
