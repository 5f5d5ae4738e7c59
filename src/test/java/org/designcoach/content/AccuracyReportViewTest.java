package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "grace", roles = "LEARNER")
class AccuracyReportViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    /** An admin exists, so that no page is sent to the setup page. */
    @BeforeEach
    void theInstanceIsSetUp() {
        accounts.createFirstAdmin("ada", "tulip lantern forty two", "tulip lantern forty two");
    }

    @Test
    void theAccuracyReportShowsTheSimulatorBesideQueueingTheoryAsATable() {
        var page = navigate(AccuracyReportView.class);

        String html = $(Html.class, page).single().getInnerHtml();
        assertThat(html).contains("How accurate is the traffic simulator?", "Erlang C", "<table", "M/M/1");
    }
}
