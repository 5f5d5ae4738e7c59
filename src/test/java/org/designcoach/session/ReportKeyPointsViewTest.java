package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import org.designcoach.TestAccounts;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.security.AccountService;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class ReportKeyPointsViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private SessionService sessions;

    @BeforeEach
    void aLearnerHasAnAccount() {
        TestAccounts.adminAndLearners(accounts, "lena");
    }

    @Test
    void theReportListsPerAnswerTheKeyPointsMadeAndMissedWithTheirConcepts() {
        Div section = reportSection(List.of(WrittenAnswers.clicks(),
                new DeepDiveAnswer("cache", "redis", List.of("fast"), "none", "<b>ok</b>", "", "")));

        Div clicks = answer(section, "Deep dive on Click events");
        assertThat($(H4.class, clicks).single().getText()).matches("Deep dive on Click events: \\d+ / 100");
        assertThat(clicks.getElement().getTextRecursively()).contains("Read against the case's topic: Counting clicks");
        List<ListItem> made = items(clicks, "key-points-made");
        assertThat(made).extracting(item -> item.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).startsWith("Clicks are counted asynchronously"));
        assertThat($(Anchor.class, clicks).all()).extracting(Anchor::getHref).contains("concepts/message-queues");

        Div placeholder = answer(section, "Deep dive on Redis");
        assertThat($(H4.class, placeholder).single().getText()).isEqualTo("Deep dive on Redis: 0 / 100");
        assertThat(items(placeholder, "key-points-made")).isEmpty();
        assertThat(items(placeholder, "key-points-missed")).isNotEmpty();
        assertThat(items(placeholder, "answer-reasons")).singleElement()
                .satisfies(reason -> assertThat(reason.getElement().getTextRecursively())
                        .startsWith("Nothing to judge").contains("\"<b>ok</b>\""))
                .satisfies(reason -> assertThat(reason.getElement().getChildren())
                        .as("what was typed stays text, never markup").allMatch(Element::isTextNode));
    }

    @Test
    void theRequirementsAreListedMadeAndMissedToo() {
        Div section = reportSection(List.of());

        Div requirements = answer(section, "Your requirements");
        assertThat(items(requirements, "key-points-made")).extracting(item -> item.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).startsWith("Links keep working for five years."));
        assertThat(items(requirements, "key-points-missed")).extracting(item -> item.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).startsWith("Owners see how often each link was clicked"));
    }

    private Div reportSection(List<DeepDiveAnswer> dives) {
        SessionState state = sessions.start("url-shortener", Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers()
                .withRequirements(List.of("Links stay valid for 5 years"), List.of())
                .withDesign(new Design(1, List.of(component("clicks", "event-stream", "Click events"),
                        component("cache", "cache", "Redis")), List.of(), List.of()))
                .withDeepDives(dives));
        sessions.finish(state.id(), state.version());
        var report = navigate(ReportView.class, Map.of("sessionId", String.valueOf(state.id())));
        return $(Div.class, report.body).all().stream().filter(div -> div.hasClassName("session-key-points"))
                .findFirst().orElseThrow();
    }

    private Div answer(Div section, String heading) {
        return $(Div.class, section).all().stream().filter(div -> div.hasClassName("answer-verdict"))
                .filter(div -> $(H4.class, div).single().getText().startsWith(heading)).findFirst().orElseThrow();
    }

    private List<ListItem> items(Div answer, String className) {
        return $(Div.class, answer).all().stream().filter(div -> div.hasClassName(className))
                .flatMap(div -> $(ListItem.class, div).all().stream()).toList();
    }

    private static DesignComponent component(String id, String type, String label) {
        return new DesignComponent(id, type, label, null, null, null, null, null, null, null, null);
    }
}
