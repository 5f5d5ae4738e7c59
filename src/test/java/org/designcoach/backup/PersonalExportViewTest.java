package org.designcoach.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayOutputStream;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class PersonalExportViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void aLearnerHasAnAccount() {
        TestAccounts.adminAndLearners(accounts, "lena");
    }

    @Test
    void thePageSaysWhatTheFileHoldsAndWhatItNeverHolds() {
        var view = navigate(PersonalDataView.class);

        assertThat(view.contents.getChildren()).as("one line per section of the file").hasSize(7);
        assertThat(view.contents.getElement().getTextRecursively()).contains("Not the password", "designs included");
        assertThat(view.sections.getText()).contains("account", "apiTokens", "practiceSessions", "sandboxDesigns",
                "reviews", "notifications", "cohorts");
        assertThat(view.download.getText()).isEqualTo("Download my data (JSON)");
    }

    @Test
    void theLinkDownloadsTheSignedInLearnersOwnData() {
        var view = navigate(PersonalDataView.class);
        var out = new ByteArrayOutputStream();

        test(view.download).download(out);

        var document = JsonMapper.builder().build().readTree(out.toByteArray());
        assertThat(document.get("username").asString()).isEqualTo("lena");
        assertThat(document.get("sections").get("account").get("username").asString()).isEqualTo("lena");
    }
}
