package org.designcoach.session;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.designcoach.content.CaseStudy;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.designcoach.session.SessionAnswers.TradeOffAnswer;

/**
 * The report's side-by-side sections for the later stages: the learner's deep dives, trade-offs and
 * assumptions beside the case's, so that the reference is read against one's own work. All as text.
 */
final class ReportComparisons {

    private ReportComparisons() {
    }

    static Div deepDives(SessionState state, CaseStudy study) {
        List<String> yours = state.answers().deepDives().stream().map(ReportComparisons::describe).toList();
        List<String> reference = study.deepDives().stream()
                .map(dive -> dive.title() + ": " + dive.decision() + ". " + dive.rationale()).toList();
        return sideBySide("Deep dives", yours, "None examined.", reference);
    }

    static Div tradeoffs(SessionState state, CaseStudy study) {
        List<String> yours = state.answers().tradeoffs().stream()
                .filter(t -> SessionScorer.filled(t.decision())).map(ReportComparisons::describe).toList();
        List<String> reference = study.tradeoffs().stream().map(t -> describe(new TradeOffAnswer(t.decision(),
                t.pro(), t.con(), t.acceptedBecause()))).toList();
        return sideBySide("Trade-offs", yours, "None named.", reference);
    }

    /** The learner's assumptions next to the case's values, one row per assumption. */
    static Div assumptions(SessionState state, CaseStudy study) {
        var rows = new Div();
        rows.addClassNames("session-estimates");
        rows.add(new Span("Assumption"), new Span("Yours"), new Span("The reference"), new Span(""));
        for (CaseStudy.Assumption assumption : study.estimate().assumptions()) {
            String yours = state.answers().assumptions().getOrDefault(assumption.id(), "");
            rows.add(new Span(assumption.label()), new Span(yours.isBlank() ? "—" : yours),
                    new Span(assumption.value()), new Span(""));
        }
        return new Div(new H3("Assumptions"), rows);
    }

    private static String describe(DeepDiveAnswer dive) {
        String decision = SessionScorer.filled(dive.decision()) ? dive.decision() : "no decision";
        String why = SessionScorer.filled(dive.why()) ? " because " + dive.why() : "";
        return dive.componentId() + ": " + (SessionScorer.filled(dive.challenge()) ? dive.challenge() : "no challenge")
                + ". Decision: " + decision + why + ".";
    }

    private static String describe(TradeOffAnswer t) {
        return t.decision() + ". Gains: " + blankAsDash(t.pro()) + ". Costs: " + blankAsDash(t.con())
                + ". Accepted because: " + blankAsDash(t.acceptedBecause()) + ".";
    }

    private static String blankAsDash(String text) {
        return SessionScorer.filled(text) ? text : "—";
    }

    private static Div sideBySide(String title, List<String> yours, String noneYet, List<String> reference) {
        var side = new Div(new Div(new H4("Yours"), yours.isEmpty() ? new Paragraph(noneYet) : list(yours)),
                new Div(new H4("The reference"), list(reference)));
        side.addClassNames("session-two-columns");
        return new Div(new H3(title), side);
    }

    private static UnorderedList list(List<String> items) {
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
