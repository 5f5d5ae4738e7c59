package org.designcoach.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.designcoach.notification.NotificationBell;
import org.designcoach.notification.Notifications;
import org.designcoach.security.AccountService;
import org.designcoach.security.PasswordChangeDialog;

/**
 * The shell around every signed-in page: navigation that shows only what the person's role may
 * open (views declare themselves with {@code @Menu}), the notification bell and a user menu.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication, AccountService accounts, Notifications notifications) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        var spacer = new Div();
        spacer.addClassNames(LumoUtility.Flex.GROW);
        var user = userMenu(authentication, accounts);
        user.addClassNames(LumoUtility.Margin.End.MEDIUM);
        addToNavbar(toggle, viewTitle, spacer, new NotificationBell(notifications), user);
        addToDrawer(brand(), navigation());
    }

    private static Div brand() {
        var name = new Span("Design Coach");
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        var brand = new Div(name);
        brand.addClassNames(LumoUtility.Padding.MEDIUM);
        return brand;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel("Main");
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static MenuBar userMenu(AuthenticationContext authentication, AccountService accounts) {
        String name = authentication.getPrincipalName().orElse("");
        var avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", "Account");
        var label = new Div(avatar, new Span(name));
        label.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL,
                LumoUtility.TextColor.BODY);
        var account = menu.addItem(label);
        account.getElement().setAttribute("aria-label", "Account of " + name);
        if (accounts.hasOwnPassword()) {
            account.getSubMenu().addItem("Change password", event -> new PasswordChangeDialog(accounts).open());
        }
        account.getSubMenu().addItem("API tokens", event -> UI.getCurrent().navigate("profile/api-tokens"));
        account.getSubMenu().addItem("Notifications", event -> UI.getCurrent().navigate("profile/notifications"));
        account.getSubMenu().addItem("Download your data", event -> UI.getCurrent().navigate("profile/data"));
        account.getSubMenu().addItem("Sign out", event -> authentication.logout());
        return menu;
    }

    /** The navbar names the section (the menu entry) so that it never repeats the page's own heading. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        String section = event.getLocation().getFirstSegment();
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        viewTitle.setText(entries.stream().filter(entry -> trim(entry.path()).equals(path)).findFirst()
                .or(() -> entries.stream().filter(entry -> trim(entry.path()).equals(section)).findFirst())
                .or(() -> entries.stream().filter(entry -> firstSegment(entry.path()).equals(section)).findFirst())
                .map(MenuEntry::title)
                .orElse(""));
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static String firstSegment(String path) {
        String trimmed = trim(path);
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }
}
