package org.designcoach.content;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;

/**
 * A design as a readable list of components and arrows: under the drawing, for those who would
 * rather read than look, and for printing.
 */
class ArchitectureListing extends Composite<Div> {

    /** The read-only drawing, with the listing folded away beneath it. */
    static Div withDrawing(Design design, ContentLibrary library) {
        var canvas = new DesignCanvas(CanvasPalette.of(library.catalog()));
        canvas.setReadOnly(true);
        canvas.setHeight("420px");
        canvas.setDesign(design);
        var listing = new Details("The architecture as a list", new ArchitectureListing(design, library));
        return new Div(canvas, listing);
    }

    ArchitectureListing(Design design, ContentLibrary library) {
        getContent().addClassNames("architecture-listing", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.XLARGE);
        var components = new UnorderedList();
        design.components().forEach(component -> components.add(new ListItem(describe(component, library))));
        var connections = new UnorderedList();
        design.connections().forEach(connection -> connections.add(new ListItem(describe(connection, design))));
        getContent().add(column("Components", components), column("Connections", connections));
    }

    private static Div column(String title, UnorderedList list) {
        var heading = new H4(title);
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        return new Div(heading, list);
    }

    static String describe(DesignComponent component, ContentLibrary library) {
        String type = library.componentType(component.type()).map(ComponentType::name).orElse(component.type());
        List<String> details = new ArrayList<>();
        details.add(type);
        if (component.technology() != null && !component.technology().equals(component.displayName())) {
            details.add(component.technology());
        }
        if (component.instanceCount() > 1) {
            details.add(component.instanceCount() + " instances");
        }
        if (component.isMultiAz()) {
            details.add("multi-AZ");
        }
        if (component.region() != null) {
            details.add(component.region());
        }
        return component.displayName() + " (" + String.join(", ", details) + ")";
    }

    static String describe(Connection connection, Design design) {
        String from = design.component(connection.from()).map(DesignComponent::displayName).orElse(connection.from());
        String to = design.component(connection.to()).map(DesignComponent::displayName).orElse(connection.to());
        String how = (connection.isAsync() ? "asynchronous" : "synchronous")
                + (connection.protocol() == null ? "" : ", " + connection.protocol());
        String label = connection.label() == null ? "" : " — " + connection.label();
        return from + " → " + to + " (" + how + ")" + label;
    }
}
