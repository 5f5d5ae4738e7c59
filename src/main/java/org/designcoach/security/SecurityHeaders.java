package org.designcoach.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response, one set for pages and a stricter one for JSON (the API
 * and the operations endpoints). README.md, "Security headers", says what each allows and why.
 * HSTS is Spring Security's: sent only on a request that arrived over TLS, which behind a proxy
 * means only when forwarded headers are trusted ({@code server.forward-headers-strategy}).
 */
public final class SecurityHeaders {

    /**
     * What Vaadin needs and no more: its client engine is started by an inline script and runs the
     * expressions the server sends as functions ({@code 'unsafe-inline'}, {@code 'unsafe-eval'});
     * components set inline styles. Everything else comes from this origin; nothing may frame a page.
     */
    public static final String PAGE_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    /** A JSON answer runs nothing, loads nothing and is framed by nobody. */
    public static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    /** Browser features the application never uses, switched off for it and anything it might embed. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), browsing-topics=()";

    public static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {
    }

    /** For the application's pages (and everything Vaadin serves with them). */
    public static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        return headers -> common(headers, PAGE_POLICY);
    }

    /** For JSON responses: the API and the operations endpoints. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> data() {
        return headers -> common(headers, DATA_POLICY);
    }

    private static void common(HeadersConfigurer<HttpSecurity> headers, String policy) {
        // Before the request goes on, not when the response commits: Vaadin writes its pages to the response
        // beneath Spring Security's wrapper, so headers left for the commit never reached the browser.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true));
    }
}
