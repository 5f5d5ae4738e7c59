package org.designcoach.canvas;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import org.designcoach.design.DesignLimits;

/**
 * The Java side of {@code <design-canvas>}. The canvas draws the design it is given and reports
 * each finished change as JSON; the listener decides whether to keep it (see
 * {@code DesignDocuments}) and may put the last good design back with {@link #setDesign}.
 */
@Tag("design-canvas")
@JsModule("./components/design-canvas/design-canvas.ts")
@NpmPackage(value = "elkjs", version = "0.12.1")
public class DesignCanvas extends Component implements HasSize {

    public DesignCanvas(List<PaletteItem> palette) {
        getElement().setProperty("catalog", DesignJson.MAPPER.writeValueAsString(palette));
        getElement().setProperty("limits", DesignJson.MAPPER.writeValueAsString(DesignLimits.OF_SCHEMA));
        setWidthFull();
        setHeight("560px");
        // The browser drops a run's colours and widths by itself when the design changes there.
    }

    /** Removes a simulation run's colours and arrow widths: they describe a design that has changed. */
    public void forgetRun() {
        getElement().executeJs("this.utilisation = '{}'; this.flow = '{}'; this.tick = 0;");
    }

    /** Replaces the drawing; the canvas forgets its undo history. */
    public void setDesign(Design design) {
        String json = DesignJson.compact(design);
        if (json.equals(getElement().getProperty("design"))) {
            // The browser may hold a newer, refused design: an unchanged property would not reach it.
            getElement().executeJs("this.design = $0", json);
        }
        getElement().setProperty("design", json);
    }

    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readonly", readOnly);
    }

    public boolean isReadOnly() {
        return getElement().getProperty("readonly", false);
    }

    /** Marks these components, such as the ones a finding concerns; an empty list clears the marks. */
    public void highlight(Collection<String> componentIds) {
        getElement().setProperty("highlighted", DesignJson.MAPPER.writeValueAsString(List.copyOf(componentIds)));
    }

    /**
     * Numbers these remarks on their components: a marker on each that opens its text, and a list of all of them
     * for screen readers. The design does not move; an empty list removes them.
     */
    public void annotate(List<CanvasAnnotation> annotations) {
        getElement().setPropertyList("annotations", List.copyOf(annotations));
    }

    /**
     * Colours each component by its utilisation and thickens each arrow by its traffic at the point of a
     * simulation run that {@code tick} names (the simulation chart moves it in the browser). Handed over
     * once, as a call rather than as element properties, which the session would keep for as long as the
     * page is open: the browser has them, and the server has no use for them once sent.
     *
     * @param utilisation  per component id, its utilisation at each point (0–1, infinite when down)
     * @param shareByArrow per arrow ("from->to"), its traffic at each point as a share (0–1) of the most any
     *                     arrow carried at any point; as many points as {@code utilisation}
     */
    public void showRun(Map<String, List<Double>> utilisation, Map<String, List<Double>> shareByArrow) {
        getElement().executeJs("this.utilisation = $0; this.flow = $1; this.tick = 0;",
                DesignJson.MAPPER.writeValueAsString(utilisation), DesignJson.MAPPER.writeValueAsString(shareByArrow));
    }

    /**
     * Marks each component by where a comparison with another design places it: in both designs, or only in this
     * one. The text is written on the component and read with its name; an empty map clears the marks.
     */
    public void mark(Map<String, ComparisonMark> marks) {
        getElement().setProperty("marks", DesignJson.MAPPER.writeValueAsString(marks));
    }

    /** The least zoom "Fit" shrinks to: a larger design is then shown from its top left and panned, still readable. */
    public void setMinimumFitZoom(double zoom) {
        getElement().setProperty("minFitZoom", zoom);
    }

    /**
     * How a comparison places one component: {@code both} or {@code only}, the short tag written on it and the
     * whole text read with its name.
     */
    public record ComparisonMark(String mark, String tag, String text) {

        public static ComparisonMark inBoth(String tag, String text) {
            return new ComparisonMark("both", tag, text);
        }

        public static ComparisonMark onlyHere(String tag, String text) {
            return new ComparisonMark("only", tag, text);
        }
    }

    public Registration addDesignChangeListener(ComponentEventListener<DesignChangeEvent> listener) {
        return addListener(DesignChangeEvent.class, listener);
    }

    /** A finished change on the canvas: the whole design as JSON text, not yet checked. */
    @DomEvent("design-change")
    public static class DesignChangeEvent extends ComponentEvent<DesignCanvas> {

        private final String json;

        public DesignChangeEvent(DesignCanvas source, boolean fromClient,
                @EventData("event.detail.design") String json) {
            super(source, fromClient);
            this.json = json;
        }

        public String json() {
            return json;
        }
    }
}
