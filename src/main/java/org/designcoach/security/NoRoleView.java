package org.designcoach.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a person lands whom the identity provider knows but whose groups give no Design Coach role.
 * It sends nobody anywhere by itself: the sign-in page would send them straight back to the provider,
 * and round again. Open to anyone, as the person is not signed in.
 */
@Route(value = NoRoleView.ROUTE, autoLayout = false)
@PageTitle("No access yet · Design Coach")
@AnonymousAllowed
class NoRoleView extends AuthPage {

    static final String ROUTE = "sign-in/no-role";

    NoRoleView(SingleSignOn singleSignOn) {
        super("No access yet", "You signed in at " + singleSignOn.providerName()
                + ", but your account there has no Design Coach role.");
        var ask = new Paragraph("Design Coach gives its roles (learner, mentor, administrator) by the groups your "
                + "account belongs to. Ask " + singleSignOn.whomToAsk() + " to add you to the right group, then "
                + "sign in again.");
        var back = new Anchor("login", "Back to the sign-in page");
        card.add(ask, back);
    }
}
