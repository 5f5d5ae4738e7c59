package org.designcoach.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameterRegex;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.designcoach.canvas.CanvasAnnotation;
import org.designcoach.canvas.DesignComparisonView;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.Levels;
import org.designcoach.content.Mistake;
import org.designcoach.design.Design;
import org.designcoach.scoring.FindingsPanel;
import org.designcoach.traffic.CostTable;
import org.springframework.beans.factory.ObjectProvider;

/** The report of a finished session: scores, time, findings, mistakes, the reference beside the learner's work. */
@Route("sessions/:sessionId(" + RouteParameterRegex.LONG + ")/report")
@PageTitle("Session report")
@PermitAll
class ReportView extends Main implements BeforeEnterObserver {

    final H2 heading = new H2();
    final Span overall = new Span();
    final Grid<Map.Entry<Stage, SessionReport.StageResult>> stages = new Grid<>();
    final Div body = new Div();
    /** A path, not a class: the review feature depends on sessions, never the other way round. */
    final Button submitForReview = new Button("Submit for mentor review");
    private final SessionService sessions;
    private final ObjectProvider<DesignRemarks> remarks;
    private long shownId;

    ReportView(SessionService sessions, ObjectProvider<DesignRemarks> remarks) {
        this.sessions = sessions;
        this.remarks = remarks;
        addClassNames("session-report", LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        heading.addClassNames(LumoUtility.Margin.NONE);
        overall.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        stages.addColumn(e -> e.getKey().number() + ". " + e.getKey().title()).setHeader("Stage").setFlexGrow(2);
        stages.addColumn(e -> e.getValue().score()).setHeader("Score");
        stages.addColumn(e -> minutes(e.getValue().spent()) + " of " + minutes(e.getValue().budget())
                + (e.getValue().overran() ? " (over)" : "")).setHeader("Time");
        stages.setAllRowsVisible(true);
        stages.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        var print = new Button("Print", event -> getElement().executeJs("window.print()"));
        print.addClassNames("no-print");
        submitForReview.addClassNames("no-print");
        submitForReview.addClickListener(event -> getUI().ifPresent(ui -> ui.navigate("reviews/submit/" + shownId)));
        var top = new Div(heading, new Div(submitForReview, print));
        top.addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.AlignItems.CENTER);
        add(top, overall, stages, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            SessionState state = sessions.open(id);
            if (state.status() == SessionStatus.IN_PROGRESS) {
                // An old link or a bookmark: the report comes at the end, so carry on with the session.
                event.forwardTo(SessionView.class, new com.vaadin.flow.router.RouteParameters("sessionId",
                        String.valueOf(id)));
                return;
            }
            SessionReport report = sessions.report(id);
            show(state, report, sessions.caseOf(id));
        } catch (SessionException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(SessionState state, SessionReport report, CaseStudy study) {
        shownId = state.id();
        heading.setText("Report: " + state.caseTitle() + " (" + (state.mode() == Mode.MOCK ? "mock" : "guided") + ", "
                + Levels.label(state.level()) + ")");
        overall.setText("Overall " + report.overall() + " / 100");
        stages.setItems(report.stages().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
        body.removeAll();
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        body.add(missed(report), KeyPointsSection.of(report), mistakes(report.mistakes()), next(report), levelSection(state, study),
                designSection(state, report, study),
                requirementsSection(state, study), ReportComparisons.assumptions(state, study),
                estimatesSection(state, study), ReportComparisons.deepDives(state, study),
                ReportComparisons.tradeoffs(state, study), costSection(sessions.costs(state.id())));
    }

    private static Div missed(SessionReport report) {
        var section = new Div(new H3("What each stage missed"));
        report.stages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !e.getValue().missed().isEmpty())
                .forEach(e -> section.add(new H4(e.getKey().title()), list(e.getValue().missed())));
        return section;
    }

    private static Div mistakes(List<Mistake> mistakes) {
        var section = new Div(new H3("Common mistakes in this session"));
        if (mistakes.isEmpty()) {
            section.add(new Paragraph("None of the common mistakes showed. Well done."));
        }
        mistakes.forEach(m -> section.add(new H4(m.title()), new Paragraph(m.description()),
                new Paragraph("Instead: " + m.fix())));
        return section;
    }

    private static Div next(SessionReport report) {
        var section = new Div(new H3("Practise next"));
        section.add(report.practiseNext().isEmpty() ? new Paragraph("Every stage scored 80 or more: try a harder case "
                + "or a higher level.") : list(report.practiseNext()));
        return section;
    }

    /** What the chosen level asks of this case, to read the scores and the reference against. */
    static Div levelSection(SessionState state, CaseStudy study) {
        String expected = study.levelExpectations().get(state.level());
        var section = new Div(new H3("What an interviewer expects of a "
                + Levels.label(state.level()).toLowerCase(java.util.Locale.ROOT) + " candidate"));
        section.add(new Paragraph(expected != null ? expected
                : "This case names no expectations for this level; compare your work with the reference below."));
        return section;
    }

    private Div designSection(SessionState state, SessionReport report, CaseStudy study) {
        Design design = state.answers().design();
        var comparison = new DesignComparisonView(sessions.palette(),
                design != null ? design : new Design(Design.CURRENT_VERSION, List.of(), List.of(), List.of()),
                study.architecture(), sessions.referenceComparison(state.id()), "yours");
        var findings = new FindingsPanel(comparison.learnerCanvas()::highlight);
        findings.show(report.design());
        var section = new Div(new H3("The design beside the reference"), comparison, findings);
        List<CanvasAnnotation> onYours = remarks.stream().flatMap(source -> source.on(state.id()).stream()).toList();
        if (!onYours.isEmpty()) {
            comparison.learnerCanvas().annotate(onYours);
            section.addComponentAtIndex(1, new Paragraph("The numbered markers on your design are your mentor's "
                    + "comments on those components: select one to read it, or read the whole review under My reviews."));
        }
        return section;
    }

    private static Div requirementsSection(SessionState state, CaseStudy study) {
        List<String> written = new java.util.ArrayList<>(state.answers().functional());
        written.addAll(state.answers().nonFunctional());
        List<String> reference = new java.util.ArrayList<>();
        study.requirements().functional().forEach(r -> reference.add(r.text()));
        study.requirements().nonFunctional().forEach(r -> reference.add(r.text()));
        var side = new Div(new Div(new H4("Yours"), written.isEmpty() ? new Paragraph("None written.") : list(written)),
                new Div(new H4("The reference"), list(reference)));
        side.addClassNames("session-two-columns");
        return new Div(new H3("Requirements"), side);
    }

    private Div estimatesSection(SessionState state, CaseStudy study) {
        var checks = new java.util.HashMap<String, EstimationGrading.Line>();
        List<EstimationGrading.Line> graded = sessions.checkWorksheet(state.id(), state.answers()).lines();
        graded.forEach(line -> checks.put(line.id(), line));
        // The lines an interviewer would have stopped at, named first: a mock session showed none of them live.
        List<String> wrong = graded.stream().filter(EstimationGrading.Line::wrong)
                .map(line -> line.label() + ": " + (line.slip().isEmpty() ? line.verdict() : line.slip())).toList();
        var wrongLines = new Div(new H4("Lines that were wrong"), wrong.isEmpty()
                ? new Paragraph("None: every line follows from your assumptions and is of the case's size.")
                : list(wrong));
        wrongLines.addClassNames("session-wrong-lines");
        var rows = new Div();
        rows.addClassNames("session-estimates");
        rows.add(new Span("Line"), new Span("Yours"), new Span("The reference"), new Span("Check"));
        for (CaseStudy.Result line : study.estimate().results()) {
            var check = checks.get(line.id());
            rows.add(new Span(line.label()), new Span(state.answers().estimates().getOrDefault(line.id(), "—")),
                    new Span(line.value()), new Span(check == null ? "" : check.verdict() + " " + check.explanation()));
        }
        return new Div(new H3("Estimates"), wrongLines, rows);
    }

    /** The learner's own monthly figure from stage 5 beside the bill of the design they drew. */
    static Div costSection(SessionService.CostComparison comparison) {
        var yours = new Paragraph(comparison.answer().isBlank() ? "No answer given." : comparison.answer());
        var bill = new CostTable();
        bill.show(comparison.costs());
        var reference = new Div(new H4("Your design at the catalog's prices"));
        if (comparison.problem() != null) {
            reference.add(new Paragraph(comparison.problem()));
        } else {
            reference.add(bill);
        }
        var side = new Div(new Div(new H4("Your answer"), yours), reference);
        side.addClassNames("session-two-columns", "session-costs");
        return new Div(new H3("What it costs a month"), side);
    }

    private static UnorderedList list(List<String> items) {
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
