package org.designcoach.content;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** The building blocks, principles and guides, searchable. */
@Route("concepts")
@PageTitle("Concepts")
@Menu(order = 20, icon = "vaadin:cubes", title = "Concepts")
@PermitAll
class ConceptListView extends Main {

    private static final Map<String, String> KINDS = Map.of(
            "guide", "Guides", "building-block", "Building blocks", "principle", "Principles");
    private static final List<String> ORDER = List.of("guide", "building-block", "principle");

    final TextField search = new TextField("Search concepts");
    private final Div groups = new Div();
    private final ContentService content;

    ConceptListView(ContentService content) {
        this.content = content;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("Concepts");
        heading.addClassNames(LumoUtility.Margin.NONE);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setPlaceholder("cache, replica, golden signals…");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> show());
        add(heading, search, groups);
        show();
    }

    private void show() {
        groups.removeAll();
        List<Concept> found = content.findConcepts(search.getValue());
        if (found.isEmpty()) {
            groups.add(new Paragraph("No concept mentions \"" + search.getValue() + "\". Try a shorter word."));
        }
        for (String kind : ORDER) {
            List<Concept> ofKind = found.stream().filter(concept -> concept.kind().equals(kind)).toList();
            if (!ofKind.isEmpty()) {
                groups.add(group(KINDS.get(kind), ofKind));
            }
        }
    }

    private static Div group(String title, List<Concept> concepts) {
        var list = new Div();
        list.addClassNames("concept-grid");
        concepts.forEach(concept -> list.add(entry(concept)));
        return new Div(new H3(title), list);
    }

    private static Div entry(Concept concept) {
        var link = new RouterLink(concept.title(), ConceptView.class, new RouteParameters("conceptId", concept.id()));
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var summary = new Paragraph(concept.summary());
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
        var entry = new Div(link, summary);
        entry.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        return entry;
    }
}
