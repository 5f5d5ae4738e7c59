package org.designcoach.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.canvas.DesignComparisonView;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.content.CaseStudy;
import org.designcoach.design.Design;
import org.designcoach.scoring.FindingsPanel;
import org.designcoach.security.CurrentUser;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.designcoach.session.SessionAnswers.TradeOffAnswer;
import org.designcoach.traffic.SimulationPanel;
import org.designcoach.traffic.TrafficService;

/**
 * An attempt replayed read-only, stage by stage: what the learner asked and wrote, the worksheet
 * with its checks, the design with its findings and a simulation to run on it, the deep dives and
 * the trade-offs. Mentors review with it; {@link #canvas()} lets a review mark components on it.
 */
public class AttemptReplay extends Composite<Div> {

    private final DesignCanvas canvas;
    private final List<PaletteItem> palette;

    public AttemptReplay(Attempt attempt, List<PaletteItem> palette, TrafficService traffic) {
        this.palette = palette;
        canvas = new DesignCanvas(palette);
        canvas.setReadOnly(true);
        canvas.setHeight("420px");
        canvas.setDesign(designOf(attempt));
        getContent().addClassNames("attempt-replay", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        SessionAnswers answers = attempt.state().answers();
        getContent().add(
                stage(attempt, Stage.REQUIREMENTS, requirements(attempt.study(), answers)),
                stage(attempt, Stage.ESTIMATION, estimation(attempt)),
                stage(attempt, Stage.DESIGN, design(attempt, traffic)),
                stage(attempt, Stage.DEEP_DIVE, deepDives(answers.deepDives())),
                stage(attempt, Stage.TRADEOFFS, tradeoffs(answers)));
    }

    /** The read-only canvas with the learner's design. */
    public DesignCanvas canvas() {
        return canvas;
    }

    private static Details stage(Attempt attempt, Stage stage, Component body) {
        var summary = new Span(stage.number() + ". " + stage.title() + result(attempt, stage));
        var details = new Details(summary, body);
        details.setOpened(true);
        details.addClassNames("attempt-stage");
        details.setId("attempt-stage-" + stage.contentKey());
        return details;
    }

    private static String result(Attempt attempt, Stage stage) {
        Duration spent = attempt.state().timing().spent().get(stage);
        Duration budget = attempt.state().timing().budgets().get(stage);
        String time = " · " + minutes(spent) + " of " + minutes(budget) + " min";
        return attempt.finishedReport().map(report -> " · score " + report.stages().get(stage).score())
                .orElse("") + time;
    }

    private static Div requirements(CaseStudy study, SessionAnswers answers) {
        var asked = new UnorderedList();
        study.questions().stream().filter(q -> answers.askedQuestions().contains(q.id()))
                .forEach(q -> asked.add(new ListItem(q.question() + " — " + q.answer())));
        answers.typedQuestions().forEach(typed -> asked.add(new ListItem("Typed: " + typed.text()
                + (typed.matched() == null ? " (no case question matched)" : ""))));
        return section(
                titled("Questions asked", asked.getChildren().findAny().isEmpty() ? none("No questions asked.") : asked),
                titled("Functional requirements", list(answers.functional(), "None written.")),
                titled("Non-functional requirements", list(answers.nonFunctional(), "None written.")));
    }

    private static Div estimation(Attempt attempt) {
        Map<String, String> assumptions = attempt.state().answers().assumptions();
        var assumed = new UnorderedList();
        attempt.study().estimate().assumptions().forEach(a -> assumed.add(new ListItem(a.label() + ": "
                + assumptions.getOrDefault(a.id(), "—"))));
        var rows = new Div(new Span("Line"), new Span("Learner"), new Span("Reference"), new Span("Check"));
        rows.addClassNames("session-estimates");
        attempt.worksheet().forEach(line -> rows.add(new Span(line.label()),
                new Span(line.yours().isBlank() ? "—" : line.yours()), new Span(line.reference()),
                new Span((line.verdict() + " " + line.explanation()).strip())));
        return section(titled("Assumptions", assumed), titled("Derived lines", rows));
    }

    private Div design(Attempt attempt, TrafficService traffic) {
        var findings = new FindingsPanel(canvas::highlight);
        findings.show(attempt.design());
        Design design = designOf(attempt);
        var simulation = new SimulationPanel(traffic, canvas, () -> design,
                () -> Optional.of(attempt.state().caseId()), () -> Optional.ofNullable(attempt.estimatedPeak()))
                .withEstimatedReadFraction(attempt::estimatedReadFraction);
        var section = section(canvas, findings, simulation);
        // A mock interview keeps the reference hidden until its end, here as in the session itself.
        if (attempt.state().status() != SessionStatus.IN_PROGRESS || attempt.state().mode() == Mode.GUIDED) {
            String whose = attempt.owner().equals(CurrentUser.username()) ? "yours" : "the learner's";
            section.add(new H4("Beside the reference"), new DesignComparisonView(palette, design,
                    attempt.study().architecture(), attempt.referenceComparison(), whose));
        }
        return section;
    }

    private static Div deepDives(List<DeepDiveAnswer> dives) {
        if (dives.isEmpty()) {
            return section(none("No component was examined in depth."));
        }
        var section = section();
        dives.forEach(dive -> section.add(new H4("Component: " + dive.componentId()),
                field("Challenge", dive.challenge()), field("Options considered", String.join("; ", dive.options().stream().filter(o -> !o.isBlank()).toList())),
                field("Decision", dive.decision()), field("Why", dive.why()),
                field("Implementation", dive.implementation()), field("Edge cases and failures", dive.edgeCases())));
        return section;
    }

    private static Div tradeoffs(SessionAnswers answers) {
        var section = section();
        List<TradeOffAnswer> decisions = answers.tradeoffs().stream().filter(t -> !t.decision().isBlank()).toList();
        section.add(new H4("Decisions"));
        if (decisions.isEmpty()) {
            section.add(none("No decisions written."));
        }
        decisions.forEach(t -> section.add(field("Decision", t.decision()), field("Pro", t.pro()),
                field("Con", t.con()), field("Accepted because", t.acceptedBecause())));
        section.add(new H4("The questions at the end"));
        SessionScorer.STANDING_QUESTIONS.forEach(id -> section.add(
                field(SessionScorer.standingQuestion(id), answers.standing().getOrDefault(id, ""))));
        return section;
    }

    private static Div field(String label, String value) {
        var name = new Span(label);
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassNames("attempt-answer");
        var field = new Div(name, text);
        field.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return field;
    }

    private static Div titled(String title, Component body) {
        return new Div(new H4(title), body);
    }

    private static Component list(List<String> items, String empty) {
        if (items.isEmpty()) {
            return none(empty);
        }
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private static Paragraph none(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassNames(LumoUtility.TextColor.SECONDARY);
        return paragraph;
    }

    private static Div section(Component... children) {
        var div = new Div(children);
        div.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return div;
    }

    private static Design designOf(Attempt attempt) {
        Design design = attempt.state().answers().design();
        return design != null ? design : new Design(Design.CURRENT_VERSION, List.of(), List.of(), List.of());
    }

    private static long minutes(Duration duration) {
        return Math.round(duration.toSeconds() / 60.0);
    }
}
