package org.designcoach.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;

/**
 * A password or link shown to the admin exactly once, with a button that copies it. Nothing keeps
 * it after the dialog closes: the server holds only its hash.
 */
class IssuedSecret extends Div {

    final TextField value;
    final Button copy = new Button(VaadinIcon.COPY.create());

    IssuedSecret(String label, String secret, String explanation) {
        value = new TextField(label);
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        copy.addThemeVariants(ButtonVariant.LUMO_ICON);
        copy.setAriaLabel("Copy " + label.toLowerCase(Locale.ROOT));
        copy.setTooltipText("Copy");
        Clipboard.onClick(copy).writeText(secret,
                copied -> Notification.show("Copied.", 2000, Notification.Position.BOTTOM_START),
                failure -> Notification.show("The browser did not allow copying. Select the text and copy it "
                        + "by hand.", 6000, Notification.Position.MIDDLE));
        var row = new HorizontalLayout(value, copy);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        var text = new Paragraph(explanation);
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        add(row, text);
    }
}
