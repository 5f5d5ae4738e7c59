package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.designcoach.security.AccountService;

@SpringBootTest
@Transactional
@WithMockUser(username = "grace", roles = "LEARNER")
class ContentViewsTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private ContentService content;

    /** An admin exists, so that no page is sent to the setup page. */
    @BeforeEach
    void theInstanceIsSetUp() {
        accounts.createFirstAdmin("ada", "tulip lantern forty two", "tulip lantern forty two");
    }

    @Test
    void theLibraryShowsEveryCaseAndNarrowsAsTheLearnerTypes() {
        var library = navigate(CaseLibraryView.class);
        int all = library.cards.getChildren().toList().size();
        assertThat(all).isGreaterThanOrEqualTo(12);

        test(library.search).setValue("shortener");

        assertThat(cardTitles(library)).containsExactly("URL shortener");
    }

    @Test
    void aSearchWithoutResultsSaysWhatToDo() {
        var library = navigate(CaseLibraryView.class);

        test(library.search).setValue("zzzz no such thing");

        assertThat(library.count.getText()).startsWith("No case matches");
        assertThat(library.cards.getChildren()).isEmpty();
    }

    @Test
    void filteringByLevelKeepsOnlyThatLevel() {
        var library = navigate(CaseLibraryView.class);

        test(library.level).selectItem("Junior");

        assertThat(cardTitles(library)).isNotEmpty().allSatisfy(title ->
                assertThat(title).isNotEqualTo("Full production stack"));
    }

    @Test
    void aLearnerSeesThePromptButNotTheSolutionBeforeAttempting() {
        navigate("cases/url-shortener", CaseDetailView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("URL shortener");
        assertThat(find(H3.class).withText("The prompt").all()).hasSize(1);
        assertThat(find(H3.class).withText("Reference architecture").all()).isEmpty();
        assertThat(find(Paragraph.class).withTextContaining("opens once you have finished a practice session").all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "mira", roles = "MENTOR")
    void aMentorSeesTheReferenceSolution() {
        navigate("cases/url-shortener", CaseDetailView.class);

        assertThat(find(H3.class).withText("Reference architecture").all()).hasSize(1);
        assertThat(find(H3.class).withText("Reference estimate").all()).hasSize(1);
    }

    @Test
    void aConceptPageShowsItsTextAndRelatedConcepts() {
        navigate("concepts/caching", ConceptView.class);

        assertThat(find(H2.class).single().getText()).isNotBlank();
        assertThat(find(H3.class).withText("Related concepts").all()).hasSize(1);
        assertThat(find(RouterLink.class).all()).isNotEmpty();
    }

    @Test
    void theScaleJourneyStepsForwardAndBack() {
        var lesson = navigate("lessons/scale-journey", LessonView.class);
        assertThat(lesson.position.getText()).startsWith("Step 1 of ");
        assertThat(lesson.previous.isEnabled()).isFalse();

        test(lesson.next).click();
        assertThat(lesson.position.getText()).startsWith("Step 2 of ");

        test(lesson.previous).click();
        assertThat(lesson.position.getText()).startsWith("Step 1 of ");
    }

    @Test
    void aLessonStepRunsAtTheLoadWhereItBreaksAndNamesTheBottleneck() {
        var lesson = navigate("lessons/scale-journey", LessonView.class);

        test(find(com.vaadin.flow.component.button.Button.class).withText("Run it at 300 requests a second").single())
                .click();

        assertThat(find(Paragraph.class).withTextContaining("At this load").single().getText())
                .contains("the bottleneck is Single server");
        assertThat(lesson.getElement().getTextRecursively()).contains("Step 1 of ");
    }

    @Test
    void searchFindsCasesAndConceptsTogether() {
        var search = navigate(SearchView.class);

        test(search.query).setValue("cache");

        assertThat(find(H3.class).withTextContaining("Cases (").single().getText()).isNotEqualTo("Cases (0)");
        assertThat(find(H3.class).withTextContaining("Concepts (").single().getText()).isNotEqualTo("Concepts (0)");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void anAdminReloadsTheContent() {
        var status = navigate(ContentStatusView.class);

        test(status.reload).click();

        assertThat(status.problems.getChildren()).isEmpty();
        assertThat(status.reload.isEnabled()).isTrue();
    }

    @Test
    void aLearnerCannotReloadTheContent() {
        assertThatThrownBy(() -> content.reload()).isInstanceOf(AccessDeniedException.class);
    }

    private static List<String> cardTitles(CaseLibraryView library) {
        return library.cards.getChildren()
                .map(card -> card.getChildren().findFirst().map(c -> ((RouterLink) c).getText()).orElse(""))
                .toList();
    }
}
