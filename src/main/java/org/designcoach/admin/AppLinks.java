package org.designcoach.admin;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Full addresses of pages, for links that an admin passes on outside the application. */
final class AppLinks {

    private AppLinks() {
    }

    /**
     * The page's address as the admin's browser reached this server (behind a proxy, set
     * {@code server.forward-headers-strategy} so that this is the public address); the bare path
     * when there is no request to read it from.
     */
    static String absolute(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                    .path("/").path(path).toUriString();
        }
        return path;
    }
}
