package org.designcoach.scoring;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.Category;
import org.designcoach.rules.Finding;
import org.designcoach.rules.Severity;

/**
 * The scores and findings of a design: errors first, strengths last. Each finding can point at
 * its components on the canvas through the listener given to the constructor.
 */
public class FindingsPanel extends Composite<Div> {

    private final Consumer<List<String>> showComponents;

    /** @param showComponents called with the ids a finding concerns, or an empty list to clear */
    public FindingsPanel(Consumer<List<String>> showComponents) {
        this.showComponents = showComponents;
        getContent().addClassNames("findings-panel", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
    }

    public void show(Assessment assessment) {
        getContent().removeAll();
        var heading = new H3("Score " + assessment.overall() + " / 100");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var sum = new Paragraph(assessment.breakdown().explanation());
        sum.addClassNames("score-breakdown", LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL,
                LumoUtility.TextColor.SECONDARY);
        getContent().add(heading, sum, categories(assessment));
        if (assessment.findings().isEmpty()) {
            getContent().add(new Paragraph("No findings: the rules see nothing to improve here. An interviewer "
                    + "would still ask why each part is there and what it costs."));
        }
        assessment.findings().stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::points, Comparator.reverseOrder()))
                .forEach(finding -> getContent().add(card(finding)));
    }

    private static Div categories(Assessment assessment) {
        var row = new Div();
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        for (Category category : Category.values()) {
            Integer score = assessment.scores().get(category);
            if (score != null) {
                row.add(badge(label(category) + " " + score, score >= 85 ? "success" : score >= 60 ? "" : "error"));
            }
        }
        return row;
    }

    private Div card(Finding finding) {
        var title = new H4(finding.title());
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.MEDIUM);
        var header = new Div(badge(severity(finding.severity()), theme(finding.severity())), title);
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        var meta = new Span(label(finding.category()) + (finding.severity() == Severity.STRENGTH ? ""
                : " · " + finding.points() + " points"));
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var explanation = new Paragraph(finding.explanation());
        explanation.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        var card = new Div(header, meta, explanation);
        card.addClassNames("finding", LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10);
        var actions = new Div(new Anchor("concepts/" + finding.concept(), "Read the concept"));
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        if (!finding.components().isEmpty()) {
            var show = new Button("Show on the canvas", event -> showComponents.accept(finding.components()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            actions.add(show);
        }
        card.add(actions);
        return card;
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.addClassNames("dc-badge");
        if (!theme.isEmpty()) {
            badge.addClassNames("dc-badge-" + theme);
        }
        return badge;
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case SUGGESTION -> "Suggestion";
            case STRENGTH -> "Strength";
        };
    }

    private static String theme(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "contrast";
            case SUGGESTION -> "";
            case STRENGTH -> "success";
        };
    }

    static String label(Category category) {
        String id = category.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
