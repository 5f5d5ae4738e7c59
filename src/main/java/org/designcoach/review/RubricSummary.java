package org.designcoach.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import org.designcoach.content.Levels;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/** The rubric and the recommendation read-only: what the mentor chose for each stage, and what it means. */
class RubricSummary extends Composite<Div> {

    final H3 verdict = new H3();

    RubricSummary(Rubric rubric, String interviewLevel, Map<Stage, Integer> levels,
            @Nullable Recommendation recommendation) {
        getContent().addClassNames("review-rubric-summary", LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        verdict.addClassNames(LumoUtility.Margin.NONE);
        verdict.setText(recommendation == null ? "No recommendation yet"
                : "Recommendation: " + rubric.verdict(recommendation).label());
        getContent().add(verdict);
        if (recommendation != null) {
            getContent().add(new Paragraph(rubric.verdict(recommendation).explanation()));
        }
        getContent().add(new H3("Rubric for a " + Levels.label(interviewLevel).toLowerCase(java.util.Locale.ROOT) + " interview"));
        for (Stage stage : Stage.values()) {
            Integer level = levels.get(stage);
            var heading = new H4(stage.number() + ". " + stage.title() + ": " + (level == null ? "not scored yet"
                    : rubric.levelName(level) + " (" + level + " of 4)"));
            heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
            getContent().add(heading);
            if (level != null) {
                getContent().add(new Paragraph(rubric.descriptor(stage, interviewLevel, level)));
            }
        }
    }
}
