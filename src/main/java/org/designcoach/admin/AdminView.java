package org.designcoach.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;

/** The administration hub: links to the admin pages, and the registration policy. */
@Route("admin")
@PageTitle("Administration")
@Menu(order = 90, icon = "vaadin:cog", title = "Admin")
@RolesAllowed(Role.ADMIN_NAME)
class AdminView extends Main {

    /** Pages of other features, linked by path so that this hub depends on none of them. */
    static final String COHORTS = "admin/cohorts";
    static final String CONTENT = "admin/content";
    static final String AUDIT = "admin/audit";
    static final String BACKUP = "admin/backup";

    final Checkbox registrationOpen = new Checkbox("Learners may create their own accounts");
    final UnorderedList pages = new UnorderedList();

    AdminView(AccountService accounts) {
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.MaxWidth.SCREEN_MEDIUM);
        var heading = new H2("Administration");
        heading.addClassNames(LumoUtility.Margin.NONE);
        pages.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        pages.add(page(RouteConfiguration.forSessionScope().getUrl(UsersView.class), "Users",
                        "Create and invite people, change roles, disable accounts, reset passwords and erase "
                                + "accounts with their data."),
                page(RouteConfiguration.forSessionScope().getUrl(ImportPeopleView.class), "Import people",
                        "Make many accounts at once from a CSV file, with their cohorts, after checking every line."),
                page(COHORTS, "Cohorts", "Group learners into teams or classes and assign their mentors."),
                page(CONTENT, "Content status", "See which case studies and lessons are loaded, and reload them."),
                page(AUDIT, "Audit log", "Search sign-ins, lockouts, role changes, review actions and other "
                        + "security events."),
                page(BACKUP, "Backup", "Download the whole instance as one file, or restore one into a fresh "
                        + "instance."));
        add(heading, pages, registration(accounts));
    }

    private static ListItem page(String path, String title, String description) {
        var link = new Anchor(path, title);
        link.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        var text = new Paragraph(description);
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        return new ListItem(link, text);
    }

    private Section registration(AccountService accounts) {
        var heading = new H3("Registration");
        var explanation = new Paragraph("When this is on, anyone who can reach this Design Coach may register "
                + "as a learner. Turn it off to give out accounts yourself.");
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY);
        registrationOpen.setValue(accounts.isRegistrationOpen());
        registrationOpen.addValueChangeListener(event -> {
            accounts.setRegistrationOpen(event.getValue());
            Notification.show(event.getValue() ? "Registration is open." : "Registration is closed.",
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        return new Section(heading, explanation, registrationOpen);
    }
}
