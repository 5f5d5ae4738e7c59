package org.designcoach.content;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/** Small pieces the content pages share: badges, sections and plain lists. */
final class ContentUi {

    private ContentUi() {
    }

    static Span badge(String text) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassNames("dc-badge");
        return badge;
    }

    static Div section(String title) {
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.Margin.Bottom.SMALL);
        var section = new Div(heading);
        section.addClassNames("dc-section", LumoUtility.Padding.LARGE, LumoUtility.BorderRadius.LARGE,
                LumoUtility.Background.CONTRAST_5);
        return section;
    }

    static UnorderedList list(List<String> items) {
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    static String sources(List<String> seeds) {
        return "From source document" + (seeds.size() == 1 ? " " : "s ") + String.join(", ", seeds);
    }
}
