package org.designcoach.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a page the person may not open: the two look the same on
 * purpose, so that nobody learns which pages exist by trying addresses.
 */
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private final Paragraph reason = new Paragraph();

    NotFoundView() {
        addClassNames("not-found", LumoUtility.Padding.XLARGE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM, LumoUtility.MaxWidth.SCREEN_MEDIUM);
        var heading = new H2("Page not found");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var explanation = new Paragraph("This page does not exist, or your account may not open it. "
                + "Check the address, or go back to the start.");
        reason.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(heading, explanation, reason, new Anchor("", "Back to the home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // Only our own messages (such as "There is no case study called …") are shown; Vaadin's
        // internal ones would name the routes that exist.
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : "";
        reason.setText(message);
        reason.setVisible(!message.isBlank());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
