package org.designcoach.content;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** One case: the prompt for everyone, the reference solution for those allowed to see it. */
@Route("cases/:caseId")
@PermitAll
class CaseDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private String title = "Case";

    CaseDetailView(ContentService content) {
        this.content = content;
        addClassNames("case-detail", LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM, LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("caseId").orElse("");
        var study = content.caseStudy(id);
        if (study.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no case study called '" + id + "'.");
            return;
        }
        show(study.get(), content.maySeeSolution(id));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CaseStudy study, boolean solutionVisible) {
        title = study.title();
        removeAll();
        var heading = new H2(study.title());
        heading.addClassNames(LumoUtility.Margin.NONE);
        var badges = new Div(ContentUi.badge(Levels.label(study.level())), ContentUi.badge(study.expectedMinutes() + " min"));
        study.topics().forEach(topic -> badges.add(ContentUi.badge(topic)));
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        var origin = new Paragraph(ContentUi.sources(study.sources()));
        origin.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        var prompt = ContentUi.section("The prompt");
        prompt.add(Markdown.component(study.prompt()));
        var practise = new Anchor("practise/" + study.id(), "Practise this case");
        practise.addClassNames("dc-button-link");
        add(heading, badges, origin, prompt, practise, conceptLinks(study));
        if (solutionVisible) {
            add(new CaseSolution(study, content.library()));
        } else {
            add(lockedNotice());
        }
    }

    private Div conceptLinks(CaseStudy study) {
        var section = ContentUi.section("Concepts this case draws on");
        var links = new Div();
        links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        study.concepts().forEach(id -> content.concept(id).ifPresent(concept -> links.add(
                new RouterLink(concept.title(), ConceptView.class, new RouteParameters("conceptId", id)))));
        section.add(links);
        return section;
    }

    private static Component lockedNotice() {
        var section = ContentUi.section("Reference solution");
        section.addClassNames("solution-locked");
        section.add(new Paragraph("The reference solution opens once you have finished a practice session of "
                + "this case, so that it cannot shape your own answer. Mentors and admins always see it."));
        return section;
    }

    /** The spoilers: questions and answers, requirements, estimate, architecture, deep dives, trade-offs. */
    static class CaseSolution extends Div {

        CaseSolution(CaseStudy study, ContentLibrary library) {
            addClassNames("case-solution", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                    LumoUtility.Gap.MEDIUM);
            add(questions(study), requirements(study), new EstimateTable(study.estimate()), architecture(study, library),
                    deepDives(study), tradeOffs(study), mistakes(study, library), levels(study));
        }

        private static Div questions(CaseStudy study) {
            var section = ContentUi.section("Clarifying questions and the interviewer's answers");
            for (CaseStudy.Question question : study.questions()) {
                var q = new Paragraph(question.question());
                q.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Bottom.NONE);
                var answer = new Paragraph(question.answer() + (question.assumption() ? " (an assumption: the source is silent)" : ""));
                answer.addClassNames(LumoUtility.Margin.Top.XSMALL);
                var category = ContentUi.badge(question.category() + (question.key() ? " · key" : ""));
                section.add(new Div(category, q, answer));
            }
            return section;
        }

        private static Div requirements(CaseStudy study) {
            var section = ContentUi.section("Requirements");
            section.add(new H4("Functional"), ContentUi.list(texts(study.requirements().functional())),
                    new H4("Non-functional"), ContentUi.list(texts(study.requirements().nonFunctional())));
            return section;
        }

        private static List<String> texts(List<CaseStudy.Requirement> requirements) {
            return requirements.stream().map(CaseStudy.Requirement::text).toList();
        }

        private static Div architecture(CaseStudy study, ContentLibrary library) {
            var section = ContentUi.section("Reference architecture");
            section.add(ArchitectureListing.withDrawing(study.architecture(), library));
            return section;
        }

        private static Div deepDives(CaseStudy study) {
            var section = ContentUi.section("Deep dives");
            for (CaseStudy.DeepDive dive : study.deepDives()) {
                section.add(new H4(dive.title()), labelled("Challenge", dive.challenge()));
                section.add(ContentUi.list(dive.options().stream().map(o -> o.name() + ": " + o.summary()).toList()));
                section.add(labelled("Decision", dive.decision()), labelled("Why", dive.rationale()));
                if (dive.implementation() != null) {
                    section.add(labelled("How", dive.implementation()));
                }
                section.add(labelled("Edge cases", ""), ContentUi.list(dive.edgeCases()));
            }
            return section;
        }

        private static Div tradeOffs(CaseStudy study) {
            var section = ContentUi.section("Trade-offs");
            for (CaseStudy.TradeOff tradeOff : study.tradeoffs()) {
                var decision = new Paragraph(tradeOff.decision());
                decision.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Bottom.XSMALL);
                section.add(decision, ContentUi.list(List.of("For: " + tradeOff.pro(), "Against: " + tradeOff.con(),
                        "Accepted because: " + tradeOff.acceptedBecause())));
            }
            return section;
        }

        private static Div mistakes(CaseStudy study, ContentLibrary library) {
            var section = ContentUi.section("Mistakes this case invites");
            section.add(ContentUi.list(study.mistakes().stream()
                    .map(m -> library.mistakes().get(m.mistake()).title() + ": " + m.how()).toList()));
            return section;
        }

        private static Div levels(CaseStudy study) {
            var section = ContentUi.section("What each level is expected to show");
            Levels.ALL.stream().filter(study.levelExpectations()::containsKey).forEach(level ->
                    section.add(labelled(Levels.label(level), study.levelExpectations().get(level))));
            return section;
        }

        private static Paragraph labelled(String label, String text) {
            var name = new Span(label + ": ");
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            var paragraph = new Paragraph(name);
            paragraph.add(text);
            return paragraph;
        }
    }
}
