package org.designcoach.content;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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

/** One concept: the explanation, when to use it, the tools people name, its trade-offs, related ideas. */
@Route("concepts/:conceptId")
@PermitAll
class ConceptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private String title = "Concept";

    ConceptView(ContentService content) {
        this.content = content;
        addClassNames("concept", LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM, LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("conceptId").orElse("");
        content.concept(id).ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class, "There is no concept called '" + id + "'."));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Concept concept) {
        title = concept.title();
        removeAll();
        var heading = new H2(concept.title());
        heading.addClassNames(LumoUtility.Margin.NONE);
        var summary = new Paragraph(concept.summary());
        summary.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        var body = new Div(Markdown.component(concept.body()));
        add(heading, summary, body);
        addList("When to use it", concept.whenToUse());
        addList("Tools people name", concept.tools());
        addList("Trade-offs", concept.tradeoffs());
        add(related(concept), sources(concept));
    }

    private void addList(String heading, List<String> items) {
        if (!items.isEmpty()) {
            var section = ContentUi.section(heading);
            section.add(ContentUi.list(items));
            add(section);
        }
    }

    private Div related(Concept concept) {
        var section = ContentUi.section("Related concepts");
        var links = new Div();
        links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        concept.related().forEach(id -> content.concept(id).ifPresent(other ->
                links.add(new RouterLink(other.title(), ConceptView.class, new RouteParameters("conceptId", id)))));
        section.add(links);
        return section;
    }

    private static Paragraph sources(Concept concept) {
        var sources = new Paragraph(ContentUi.sources(concept.sources()));
        sources.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return sources;
    }
}
