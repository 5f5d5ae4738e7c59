package org.designcoach.notification;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.designcoach.notification.EmailAddresses.InvalidEmailException;
import org.designcoach.notification.NotificationSettings.EmailChoice;

/** Where a person gives their email address and chooses whether notifications are also emailed. */
@Route("profile/notifications")
@PageTitle("Notification settings")
@PermitAll
class NotificationSettingsView extends Main {

    final EmailField email = new EmailField("Email address");
    final Checkbox emailsWanted = new Checkbox("Email me each notification");
    final Button save = new Button("Save");
    final Paragraph noMailServer = new Paragraph("This Design Coach sends no email yet: an administrator has not set "
            + "up a mail server. Your choice is kept and applies once they do.");
    private final NotificationSettings settings;
    private long version;

    NotificationSettingsView(NotificationSettings settings) {
        this.settings = settings;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        setMaxWidth("40rem");
        var heading = new H2("Notification settings");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph("Notifications always appear under the bell at the top of every page. You can "
                + "also get each one by email.");
        intro.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        noMailServer.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        noMailServer.setVisible(!settings.emailAvailable());
        add(heading, intro, noMailServer, form());
        show(settings.mine());
    }

    private Div form() {
        email.setMaxLength(EmailAddresses.MAX_LENGTH);
        email.setPlaceholder("name@example.com");
        email.setHelperText("Used only for notification emails.");
        email.setWidth("24rem");
        email.setManualValidation(true);
        email.setClearButtonVisible(true);
        // A click shortcut, not a key listener: it sends the typed value before the click (a listener could run first).
        save.addClickShortcut(Key.ENTER).listenOn(email);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        var form = new Div(email, emailsWanted, save);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.START,
                LumoUtility.Gap.MEDIUM);
        return form;
    }

    private void save() {
        try {
            show(settings.save(email.getValue(), emailsWanted.getValue(), version));
            Notification.show(emailsWanted.getValue() ? "Saved. Notifications are also emailed to you."
                    : "Saved. Notifications appear only here in the app.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidEmailException e) {
            email.setErrorMessage(e.getMessage());
            email.setInvalid(true);
        } catch (NotificationException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(EmailChoice choice) {
        email.setValue(choice.email());
        email.setInvalid(false);
        emailsWanted.setValue(choice.emailsWanted());
        version = choice.version();
    }
}
