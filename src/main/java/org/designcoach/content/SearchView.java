package org.designcoach.content;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** One search over case studies and concepts; the query stays in the URL so results can be shared. */
@Route("search")
@PageTitle("Search")
@Menu(order = 40, icon = "vaadin:search", title = "Search")
@PermitAll
class SearchView extends Main implements BeforeEnterObserver {

    final TextField query = new TextField("Search cases and concepts");
    final Div results = new Div();
    private final ContentService content;

    SearchView(ContentService content) {
        this.content = content;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("Search");
        heading.addClassNames(LumoUtility.Margin.NONE);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setWidth("28rem");
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(event -> {
            show(event.getValue());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "search" + (event.getValue().isBlank() ? "" : "?" + QueryParameters.of("q", event.getValue()).getQueryString())));
        });
        add(heading, query, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        query.setValue(text);
        show(text);
    }

    private void show(String text) {
        results.removeAll();
        if (text.isBlank()) {
            results.add(new Paragraph("Type a word such as \"cache\", \"Kafka\" or \"fraud\"."));
            return;
        }
        List<CaseStudy> cases = content.findCases(text, Optional.empty(), Optional.empty());
        List<Concept> concepts = content.findConcepts(text);
        if (cases.isEmpty() && concepts.isEmpty()) {
            results.add(new Paragraph("Nothing mentions \"" + text + "\". Try fewer or shorter words."));
            return;
        }
        results.add(new H3("Cases (" + cases.size() + ")"));
        cases.forEach(study -> results.add(hit(new RouterLink(study.title(), CaseDetailView.class,
                new RouteParameters("caseId", study.id())), study.summary())));
        results.add(new H3("Concepts (" + concepts.size() + ")"));
        concepts.forEach(concept -> results.add(hit(new RouterLink(concept.title(), ConceptView.class,
                new RouteParameters("conceptId", concept.id())), concept.summary())));
    }

    private static Div hit(RouterLink link, String summary) {
        var text = new Paragraph(summary);
        text.addClassNames(LumoUtility.Margin.Top.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(link, text);
    }
}
