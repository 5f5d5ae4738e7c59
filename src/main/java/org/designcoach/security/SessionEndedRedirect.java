package org.designcoach.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a tab's session has ended (signed out by {@link AccountSessionFilter}, or expired), Vaadin's
 * next request from that tab learns it; the tab then goes straight to the sign-in page, which says
 * why, instead of showing Vaadin's own "session expired" box.
 */
@Component
class SessionEndedRedirect implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL("login?" + LoginView.SESSION_ENDED_QUERY);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
