package org.designcoach.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails on our side. The person sees no exception text (it may name
 * tables, files or internals); the log has the whole failure under a reference they can quote.
 */
@AnonymousAllowed
class InternalErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);
    private static final SecureRandom REFERENCES = new SecureRandom();

    private final Paragraph reference = new Paragraph();

    InternalErrorView() {
        addClassNames("internal-error", LumoUtility.Padding.XLARGE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM, LumoUtility.MaxWidth.SCREEN_MEDIUM);
        var heading = new H2("This page could not be opened");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var explanation = new Paragraph("Something went wrong on our side. What you saved before is kept. "
                + "Try again in a moment; if it keeps happening, give your administrator the reference below.");
        reference.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(heading, explanation, reference, new Anchor("", "Back to the home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = HexFormat.of().formatHex(bytes());
        log.error("Opening /{} failed (reference {})", event.getLocation().getPath(), id, parameter.getException());
        reference.setText("Reference: " + id);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[5];
        REFERENCES.nextBytes(bytes);
        return bytes;
    }
}
