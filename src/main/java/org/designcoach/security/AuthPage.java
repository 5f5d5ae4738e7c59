package org.designcoach.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The centred card that the sign-in, setup and registration pages share. */
class AuthPage extends Main {

    final Div card = new Div();

    AuthPage(String title, String intro) {
        addClassNames("auth-page", LumoUtility.Display.FLEX, LumoUtility.JustifyContent.CENTER,
                LumoUtility.Padding.LARGE);
        card.addClassNames("auth-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        var brand = new Paragraph("Design Coach");
        brand.addClassNames("brand", LumoUtility.FontWeight.BOLD, LumoUtility.TextColor.PRIMARY,
                LumoUtility.Margin.NONE);
        var heading = new H1(title);
        heading.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        var text = new Paragraph(intro);
        text.addClassNames(LumoUtility.TextColor.SECONDARY);
        card.add(brand, heading, text);
        add(card);
    }
}
