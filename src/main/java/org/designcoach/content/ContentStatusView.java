package org.designcoach.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** For admins: which content is loaded, and a reload that keeps the old content when the new is broken. */
@Route("admin/content")
@PageTitle("Content")
@Menu(order = 95, icon = "vaadin:archive", title = "Content")
@RolesAllowed("ADMIN")
class ContentStatusView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Button reload = new Button("Reload content");
    final Div status = new Div();
    final Div problems = new Div();
    private final ContentService content;

    ContentStatusView(ContentService content) {
        this.content = content;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM, LumoUtility.MaxWidth.SCREEN_LARGE);
        var heading = new H2("Content");
        heading.addClassNames(LumoUtility.Margin.NONE);
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.setDisableOnClick(true);
        reload.addClickListener(event -> reload());
        add(heading, status, reload, problems);
        showStatus();
    }

    private void showStatus() {
        ContentLibrary library = content.library();
        status.removeAll();
        status.add(new Paragraph("Version " + library.version() + ", loaded " + TIME.format(library.loadedAt())
                        + " from " + String.join(" and ", library.sources()) + "."),
                new Paragraph(library.cases().size() + " case studies, " + library.concepts().size() + " concepts, "
                        + library.catalog().components().size() + " component types, " + library.lessons().size()
                        + " lessons, " + library.mistakes().size() + " common mistakes."));
    }

    private void reload() {
        ContentService.ReloadResult result = content.reload();
        reload.setEnabled(true);
        problems.removeAll();
        if (result.reloaded()) {
            showStatus();
            Notification.show("Content reloaded: version " + result.version() + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return;
        }
        var intro = new Paragraph("The content was not reloaded; version " + result.version()
                + " stays in use. Fix these problems and reload again:");
        intro.addClassNames(LumoUtility.TextColor.ERROR);
        problems.add(intro, ContentUi.list(problemTexts(result.problems())));
    }

    private static List<String> problemTexts(List<ContentProblem> problems) {
        return problems.stream().map(ContentProblem::toString).toList();
    }
}
