package org.designcoach.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the navbar: the number of unread notifications, and the way to their list. It counts
 * again after every navigation and when a page marks notifications read (no live push).
 */
public class NotificationBell extends Composite<Button> implements AfterNavigationObserver {

    private static final long MOST_SHOWN = 99;

    final Button button = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    private final Notifications notifications;
    private @Nullable Registration countListener;

    public NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        badge.addClassNames(LumoUtility.Background.ERROR, LumoUtility.TextColor.ERROR_CONTRAST,
                LumoUtility.BorderRadius.LARGE, LumoUtility.FontSize.XXSMALL, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.Padding.Horizontal.XSMALL);
        badge.setVisible(false);
        button.setSuffixComponent(badge);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText("Notifications");
        button.setAriaLabel("Notifications");
        button.addClickListener(event -> button.getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    @Override
    protected Button initContent() {
        return button;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        countListener = ComponentUtil.addListener(attachEvent.getUI(), UnreadCountChanged.class, event -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (countListener != null) {
            countListener.remove();
            countListener = null;
        }
    }

    private void refresh() {
        long unread = notifications.unreadCount();
        button.setAriaLabel(unread == 0 ? "Notifications" : "Notifications, " + unread + " unread");
        badge.setText(unread == 0 ? "" : unread > MOST_SHOWN ? MOST_SHOWN + "+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
    }
}
