package org.designcoach.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Supplier;
import org.designcoach.canvas.DesignComparisonView;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.content.CaseStudy;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComparison;

/**
 * In guided sessions, the reference answer of the current stage, folded away until the learner
 * opens it: the reference is revealed stage by stage, never all at once.
 */
final class StageReference {

    private StageReference() {
    }

    /**
     * @param designs the learner's design as last saved and its comparison with the reference, read each time the
     *     design stage's reference is opened, so that it compares what is drawn now
     */
    static Details of(Stage stage, CaseStudy study, List<PaletteItem> palette, Supplier<Compared> designs) {
        if (stage == Stage.DESIGN) {
            var details = new Details("The reference beside your design (opens when you want it)");
            details.addClassNames("stage-reference");
            details.addOpenedChangeListener(event -> {
                details.removeAll();
                if (event.isOpened()) {
                    Compared compared = designs.get();
                    details.add(new DesignComparisonView(palette, compared.learner(), study.architecture(),
                            compared.comparison(), "yours"));
                }
            });
            return details;
        }
        var details = new Details("The reference for this stage (opens when you want it)", content(stage, study));
        details.addClassNames("stage-reference");
        return details;
    }

    /** The learner's design and how it compares with the reference. */
    record Compared(Design learner, DesignComparison comparison) {
    }

    private static Component content(Stage stage, CaseStudy study) {
        return switch (stage) {
            case REQUIREMENTS -> new Div(new H4("Functional"), list(study.requirements().functional().stream()
                    .map(CaseStudy.Requirement::text).toList()), new H4("Non-functional"),
                    list(study.requirements().nonFunctional().stream().map(CaseStudy.Requirement::text).toList()));
            case ESTIMATION -> new Div(list(study.estimate().results().stream()
                    .map(r -> r.label() + ": " + r.value() + " (" + r.formula() + ")").toList()),
                    new Paragraph(study.estimate().conclusion() == null ? "" : study.estimate().conclusion()));
            case DESIGN -> throw new IllegalArgumentException("The design stage's reference is a comparison");
            case DEEP_DIVE -> new Div(list(study.deepDives().stream()
                    .map(d -> d.title() + ": " + d.decision() + ". " + d.rationale()).toList()));
            case TRADEOFFS -> new Div(list(study.tradeoffs().stream()
                    .map(t -> t.decision() + ": " + t.pro() + "; but " + t.con() + "; accepted because "
                            + t.acceptedBecause()).toList()));
        };
    }

    private static UnorderedList list(List<String> items) {
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
