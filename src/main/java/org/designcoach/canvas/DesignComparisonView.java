package org.designcoach.canvas;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComparison;
import org.designcoach.design.DesignComponent;

/**
 * A learner's design and the reference, each drawn across the width at a zoom that stays readable (side by side
 * only on a screen wide enough for both), with every component marked as in both or only in one: a solid green
 * outline or a dashed orange one, and a tag saying which, so that colour is never the only signal. Under the
 * drawings the same comparison as a list, for screen readers, keyboards and print.
 */
public class DesignComparisonView extends Composite<Div> {

    /** The least zoom the drawings fit to: below it labels are too small to read, so the view pans instead. */
    public static final double READABLE_ZOOM = 0.6;
    private static final String IN_BOTH = "in both";

    final DesignCanvas learnerCanvas;
    final DesignCanvas referenceCanvas;

    /**
     * @param whose how the learner's side is named: "yours" for the learner, "the learner's" for a mentor
     */
    public DesignComparisonView(List<PaletteItem> palette, Design learner, Design reference,
            DesignComparison comparison, String whose) {
        String only = "only " + whose;
        learnerCanvas = canvas(palette, learner, "comparison-learner");
        referenceCanvas = canvas(palette, reference, "comparison-reference");
        learnerCanvas.mark(marks(comparison, DesignComparison.Part::learnerIds, only));
        referenceCanvas.mark(marks(comparison, DesignComparison.Part::referenceIds, "only in the reference"));
        var legend = new Paragraph("Solid green outline, tagged “in both”: the other design has a part doing the same "
                + "job, whatever it is called. Dashed orange outline, tagged “" + only + "” or “only in the "
                + "reference”: the other design has nothing for that job. The lists below name each job. Drag a "
                + "drawing, or use Shift and the arrow keys on it, to move around it.");
        legend.addClassNames("design-comparison-legend", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        var drawings = new Div(drawing(capitalised(whose.equals("yours") ? "your design" : whose + " design"),
                learnerCanvas), drawing("The reference", referenceCanvas));
        drawings.addClassNames("design-comparison-drawings");
        getContent().addClassNames("design-comparison", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        Map<String, String> typeNames = new LinkedHashMap<>();
        palette.forEach(item -> typeNames.put(item.type(), item.name()));
        getContent().add(legend, drawings, listing(comparison, new Names(learner, typeNames),
                new Names(reference, typeNames), whose));
    }

    /** The learner's drawing, on which findings may mark components too. */
    public DesignCanvas learnerCanvas() {
        return learnerCanvas;
    }

    private static DesignCanvas canvas(List<PaletteItem> palette, Design design, String className) {
        var canvas = new DesignCanvas(palette);
        canvas.setReadOnly(true);
        canvas.setHeight("460px");
        canvas.setMinimumFitZoom(READABLE_ZOOM);
        canvas.addClassName(className);
        canvas.setDesign(design);
        return canvas;
    }

    private static Div drawing(String title, DesignCanvas canvas) {
        var heading = new H4(title);
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        return new Div(heading, canvas);
    }

    private static Map<String, DesignCanvas.ComparisonMark> marks(DesignComparison comparison,
            Function<DesignComparison.Part, List<String>> side, String onlyWords) {
        Map<String, DesignCanvas.ComparisonMark> marks = new LinkedHashMap<>();
        comparison.inBoth().forEach(part -> side.apply(part).forEach(id ->
                marks.put(id, DesignCanvas.ComparisonMark.inBoth(IN_BOTH, IN_BOTH + " · " + job(part)))));
        comparison.onlyLearner().forEach(part -> side.apply(part).forEach(id ->
                marks.put(id, DesignCanvas.ComparisonMark.onlyHere(onlyWords, onlyWords + " · " + job(part)))));
        comparison.onlyReference().forEach(part -> side.apply(part).forEach(id ->
                marks.put(id, DesignCanvas.ComparisonMark.onlyHere(onlyWords, onlyWords + " · " + job(part)))));
        return marks;
    }

    private static Div listing(DesignComparison comparison, Names learner, Names reference, String whose) {
        var both = new UnorderedList();
        comparison.inBoth().forEach(part -> both.add(new ListItem(capitalised(job(part)) + ": " + whose + " "
                + learner.of(part.learnerIds()) + "; the reference's " + reference.of(part.referenceIds())
                + qualities(part))));
        var onlyLearner = new UnorderedList();
        comparison.onlyLearner().forEach(part -> onlyLearner.add(new ListItem(capitalised(job(part)) + ": "
                + learner.of(part.learnerIds()))));
        var onlyReference = new UnorderedList();
        comparison.onlyReference().forEach(part -> onlyReference.add(new ListItem(capitalised(job(part)) + ": "
                + reference.of(part.referenceIds()))));
        var listing = new Div(
                column("In both", "design-comparison-both", both, "Nothing yet."),
                column("Only " + whose, "design-comparison-only-learner", onlyLearner, "Nothing."),
                column("Only in the reference", "design-comparison-only-reference", onlyReference, "Nothing."));
        listing.addClassNames("design-comparison-listing");
        return listing;
    }

    private static Div column(String title, String className, UnorderedList items, String none) {
        var column = new Div(new H4(title));
        column.addClassName(className);
        column.add(items.getChildren().findAny().isPresent() ? items : new Paragraph(none));
        return column;
    }

    /** The job in words: the catalog's capability ids made readable, or the kind when there is no job to name. */
    static String job(DesignComparison.Part part) {
        return words(part.jobs().isEmpty() ? List.of(part.kind()) : part.jobs());
    }

    private static String qualities(DesignComparison.Part part) {
        String text = "";
        if (!part.qualitiesOnlyReference().isEmpty()) {
            text += "; only the reference's: " + words(part.qualitiesOnlyReference());
        }
        if (!part.qualitiesOnlyLearner().isEmpty()) {
            text += "; not the reference's: " + words(part.qualitiesOnlyLearner());
        }
        return text;
    }

    private static String words(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> id.replace('-', ' ')).toList());
    }

    /** Components by the names a person sees on the drawing: the label, else the technology, else the type's name. */
    private record Names(Design design, Map<String, String> typeNames) {

        String of(List<String> ids) {
            return String.join(", ", ids.stream().map(id -> design.component(id).map(this::name).orElse(id)).toList());
        }

        private String name(DesignComponent c) {
            if (c.label() != null && !c.label().isBlank()) {
                return c.label();
            }
            return c.technology() != null && !c.technology().isBlank() ? c.technology()
                    : typeNames.getOrDefault(c.type(), c.type());
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
