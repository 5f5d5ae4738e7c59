package org.designcoach.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The frame every error page shares: a heading, what happened in plain words, one line of detail
 * filled in per error, and the way back home.
 */
abstract class ErrorPage extends Main {

    /** The line each page fills in: the reason or the reference to quote. */
    protected final Paragraph detail = new Paragraph();

    protected ErrorPage(String className, String heading, String explanation) {
        addClassNames(className, LumoUtility.Padding.XLARGE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM, LumoUtility.MaxWidth.SCREEN_MEDIUM);
        var title = new H2(heading);
        title.addClassNames(LumoUtility.Margin.NONE);
        detail.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, new Paragraph(explanation), detail, new Anchor("", "Back to the home page"));
    }
}
