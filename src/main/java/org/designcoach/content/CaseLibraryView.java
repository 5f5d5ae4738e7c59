package org.designcoach.content;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
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
import java.util.Optional;
import java.util.stream.Stream;

/** The case studies as cards, filtered by level and topic and searched by text. */
@Route("cases")
@PageTitle("Case library")
@Menu(order = 10, icon = "vaadin:book", title = "Cases")
@PermitAll
class CaseLibraryView extends Main {

    static final String ALL_LEVELS = "All levels";

    final TextField search = new TextField();
    final Select<String> level = new Select<>();
    final ComboBox<String> topic = new ComboBox<>("Topic");
    final Paragraph count = new Paragraph();
    final Div cards = new Div();
    private final ContentService content;

    CaseLibraryView(ContentService content) {
        this.content = content;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("Case library");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph("Pick a case at your level. Each one is an interview prompt with the facts an "
                + "interviewer would give when asked.");
        intro.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        cards.addClassNames("case-grid");
        add(heading, intro, filters(), count, cards);
        show();
    }

    private Div filters() {
        search.setLabel("Search");
        search.setPlaceholder("URL shortener, caching, Kafka…");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> show());
        level.setLabel("Level");
        level.setItems(levels());
        level.setItemLabelGenerator(value -> value.equals(ALL_LEVELS) ? value : Levels.label(value));
        level.setValue(ALL_LEVELS);
        level.addValueChangeListener(event -> show());
        topic.setItems(content.topics());
        topic.setClearButtonVisible(true);
        topic.setPlaceholder("All topics");
        topic.addValueChangeListener(event -> show());
        var filters = new Div(search, level, topic);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        return filters;
    }

    private static List<String> levels() {
        return Stream.concat(Stream.of(ALL_LEVELS), Levels.ALL.stream()).toList();
    }

    private void show() {
        Optional<String> chosenLevel = Optional.ofNullable(level.getValue()).filter(value -> !value.equals(ALL_LEVELS));
        List<CaseStudy> found = content.findCases(search.getValue(), chosenLevel, Optional.ofNullable(topic.getValue()));
        cards.removeAll();
        found.forEach(study -> cards.add(card(study)));
        count.setText(found.isEmpty()
                ? "No case matches these filters. Clear the search or choose another level or topic."
                : found.size() + (found.size() == 1 ? " case" : " cases"));
    }

    private static Div card(CaseStudy study) {
        var title = new RouterLink(study.title(), CaseDetailView.class, new RouteParameters("caseId", study.id()));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        var badges = new Div(ContentUi.badge(Levels.label(study.level())),
                ContentUi.badge(study.expectedMinutes() + " min"));
        study.topics().forEach(topic -> badges.add(ContentUi.badge(topic)));
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        var summary = new Paragraph(study.summary());
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        var card = new Div(title, badges, summary);
        card.addClassNames("case-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.LARGE, LumoUtility.Background.CONTRAST_5);
        return card;
    }
}
