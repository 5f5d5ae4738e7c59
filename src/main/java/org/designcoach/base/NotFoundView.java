package org.designcoach.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a page the person may not open: the two look the same on
 * purpose, so that nobody learns which pages exist by trying addresses.
 */
@AnonymousAllowed
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        super("not-found", "Page not found", "This page does not exist, or your account may not open it. "
                + "Check the address, or go back to the start.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // Only our own messages (such as "There is no case study called …") are shown; Vaadin's
        // internal ones would name the routes that exist.
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : "";
        detail.setText(message);
        detail.setVisible(!message.isBlank());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
