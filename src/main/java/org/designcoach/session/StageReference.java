package org.designcoach.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.content.CaseStudy;

/**
 * In guided sessions, the reference answer of the current stage, folded away until the learner
 * opens it: the reference is revealed stage by stage, never all at once.
 */
final class StageReference {

    private StageReference() {
    }

    static Details of(Stage stage, CaseStudy study, List<PaletteItem> palette) {
        var details = new Details("The reference for this stage (opens when you want it)", content(stage, study, palette));
        details.addClassNames("stage-reference");
        return details;
    }

    private static Component content(Stage stage, CaseStudy study, List<PaletteItem> palette) {
        return switch (stage) {
            case REQUIREMENTS -> new Div(new H4("Functional"), list(study.requirements().functional().stream()
                    .map(CaseStudy.Requirement::text).toList()), new H4("Non-functional"),
                    list(study.requirements().nonFunctional().stream().map(CaseStudy.Requirement::text).toList()));
            case ESTIMATION -> new Div(list(study.estimate().results().stream()
                    .map(r -> r.label() + ": " + r.value() + " (" + r.formula() + ")").toList()),
                    new Paragraph(study.estimate().conclusion() == null ? "" : study.estimate().conclusion()));
            case DESIGN -> referenceCanvas(study, palette);
            case DEEP_DIVE -> new Div(list(study.deepDives().stream()
                    .map(d -> d.title() + ": " + d.decision() + ". " + d.rationale()).toList()));
            case TRADEOFFS -> new Div(list(study.tradeoffs().stream()
                    .map(t -> t.decision() + ": " + t.pro() + "; but " + t.con() + "; accepted because "
                            + t.acceptedBecause()).toList()));
        };
    }

    private static DesignCanvas referenceCanvas(CaseStudy study, List<PaletteItem> palette) {
        var canvas = new DesignCanvas(palette);
        canvas.setReadOnly(true);
        canvas.setHeight("380px");
        canvas.setDesign(study.architecture());
        return canvas;
    }

    private static UnorderedList list(List<String> items) {
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
