package org.designcoach.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
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
class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);
    private static final SecureRandom REFERENCES = new SecureRandom();

    InternalErrorView() {
        super("internal-error", "This page could not be opened", "Something went wrong on our side. What you "
                + "saved before is kept. Try again in a moment; if it keeps happening, give your administrator "
                + "the reference below.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = HexFormat.of().formatHex(bytes());
        log.error("Opening /{} failed (reference {})", event.getLocation().getPath(), id, parameter.getException());
        detail.setText("Reference: " + id);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[5];
        REFERENCES.nextBytes(bytes);
        return bytes;
    }
}
