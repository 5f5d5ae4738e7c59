package org.designcoach.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
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
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;

/** Instance settings for administrators. Users, cohorts and content arrive here in later releases. */
@Route("admin")
@PageTitle("Administration")
@Menu(order = 90, icon = "vaadin:cog", title = "Admin")
@RolesAllowed(Role.ADMIN_NAME)
class AdminView extends Main {

    final Checkbox registrationOpen = new Checkbox("Learners may create their own accounts");

    AdminView(AccountService accounts) {
        addClassNames(LumoUtility.Padding.LARGE);
        var heading = new H2("Registration");
        heading.addClassNames(LumoUtility.Margin.Top.NONE);
        var explanation = new Paragraph("When this is on, anyone who can reach this Design Coach may register "
                + "as a learner. Turn it off to give out accounts yourself.");
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY);
        registrationOpen.setValue(accounts.isRegistrationOpen());
        registrationOpen.addValueChangeListener(event -> {
            accounts.setRegistrationOpen(event.getValue());
            Notification.show(event.getValue() ? "Registration is open." : "Registration is closed.",
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(heading, explanation, registrationOpen);
    }
}
