package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The security headers as a browser receives them, through the real filter chains without a
 * server: a signed-in page, the sign-in page, the API and the operations endpoints.
 * SecurityHeadersIT checks in a real browser that the pages still work under the policy.
 */
@SpringBootTest
@Transactional
class SecurityHeadersTest {

    /** A learner with an account (rolled back after each test): every signed-in request is checked against it. */
    private static final String LEARNER = "headers-lena";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private AccountService accounts;

    private MockMvc mvc;

    @BeforeEach
    void theChainsAreInPlace() {
        // Without a server there is no Vaadin servlet: the page's request ends at a recorded forward to
        // it, after the filter chains have written their headers. SecurityHeadersIT renders real pages.
        ((MockServletContext) context.getServletContext()).registerNamedDispatcher("springServlet",
                new MockRequestDispatcher("/vaadin"));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        accounts.register(LEARNER, "quiet copper meadow", "quiet copper meadow");
    }

    @Test
    void aSignedInPageCarriesThePagePolicyAndEveryOtherSecurityHeader() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/sandbox/url-shortener").with(user(LEARNER).roles("LEARNER")))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getForwardedUrl()).as("reached the application, not the sign-in page").isEqualTo("/vaadin");
        assertThat(page.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .doesNotContain("*", "http:", "https:");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(page.getHeader("Strict-Transport-Security")).as("only over TLS").isNull();
    }

    @Test
    void anAddressThatIsNoRouteReachesTheApplicationsNotFoundPageInsteadOfABare403() throws Exception {
        MockHttpServletResponse unknown = mvc.perform(get("/no-such-page/at-all").with(user(LEARNER).roles("LEARNER")))
                .andReturn().getResponse();

        assertThat(unknown.getStatus()).isEqualTo(200);
        assertThat(unknown.getForwardedUrl()).isEqualTo("/vaadin");
        assertThat(mvc.perform(get("/no-such-page/at-all")).andReturn().getResponse().getRedirectedUrl())
                .as("nobody signed in is asked to sign in first").endsWith("/login");
    }

    @Test
    void theSignInPageCarriesTheSameHeadersBeforeAnyoneSignsIn() throws Exception {
        MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();

        assertThat(login.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(login.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void aPageServedOverTlsAlsoTellsTheBrowserToUseTlsForAYear() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/sandbox/url-shortener").secure(true)
                .with(user(LEARNER).roles("LEARNER"))).andReturn().getResponse();

        assertThat(page.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void jsonAnswersLoadAndRunNothingAndCannotBeFramed() throws Exception {
        for (String path : new String[] {"/api/v1/openapi.json", "/api/v1/cases", "/actuator/health/liveness"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

            assertThat(response.getHeader("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.DATA_POLICY);
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
    }
}
