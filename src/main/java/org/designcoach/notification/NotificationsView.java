package org.designcoach.notification;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The signed-in person's notifications, newest first; opening one marks it read and follows its link. */
@Route("notifications")
@PageTitle("Notifications")
@PermitAll
class NotificationsView extends Main {

    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    final Div list = new Div();
    final Paragraph empty = new Paragraph("Nothing new. When a mentor returns a review, it appears here.");
    final Button markAll = new Button("Mark all as read");
    final Button older = new Button("Show older notifications");
    private final Notifications notifications;
    private int shown = PAGE;

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        setMaxWidth("50rem");
        var heading = new H2("Notifications");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var settings = new Paragraph("You can also get them by email: ");
        settings.add(new RouterLink("notification settings", NotificationSettingsView.class));
        settings.add(".");
        settings.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        markAll.addClickListener(event -> markAllRead());
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(event -> {
            shown = Math.min(shown + PAGE, Notifications.MAX_LIST);
            refresh();
        });
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        list.getElement().setAttribute("aria-label", "Your notifications");
        list.getElement().setAttribute("role", "list");
        add(heading, settings, markAll, empty, list, older);
        refresh();
    }

    private void refresh() {
        List<NotificationItem> items = notifications.recent(shown);
        list.removeAll();
        items.forEach(item -> list.add(entry(item)));
        empty.setVisible(items.isEmpty());
        markAll.setEnabled(notifications.unreadCount() > 0);
        older.setVisible(items.size() == shown && shown < Notifications.MAX_LIST);
    }

    private Div entry(NotificationItem item) {
        var text = new Span(item.text());
        var when = new Span(WHEN.format(item.createdAt()));
        when.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var open = new NativeButton();
        open.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
                LumoUtility.Width.FULL, LumoUtility.TextAlignment.LEFT, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.FontSize.MEDIUM);
        if (item.unread()) {
            var fresh = new Span("Unread");
            fresh.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.PRIMARY,
                    LumoUtility.FontWeight.SEMIBOLD);
            text.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.BODY);
            open.addClassNames(LumoUtility.Background.PRIMARY_10);
            open.add(fresh, text, when);
        } else {
            text.addClassNames(LumoUtility.TextColor.SECONDARY);
            open.addClassNames(LumoUtility.Background.BASE);
            open.add(text, when);
        }
        open.addClickListener(event -> follow(item.id()));
        var entry = new Div(open);
        entry.getElement().setAttribute("role", "listitem");
        return entry;
    }

    private void follow(long id) {
        try {
            var location = new Location(notifications.markRead(id).link());
            UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        } catch (NotificationException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void markAllRead() {
        int marked = notifications.markAllRead();
        refresh();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui)));
        Notification.show(marked == 1 ? "1 notification marked as read." : marked + " notifications marked as read.",
                3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
