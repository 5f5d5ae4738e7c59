package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;
import org.designcoach.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login CSRF: another site's page posting a username and password to our sign-in URL, to sign its visitor in
 * to an account the attacker controls. Posted through the application's real filter chain.
 */
@SpringBootTest
@Transactional
@Tag("database")
class SignInCrossSiteTest {

    private static final String ELSEWHERE = "https://attacker.example";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private AccountService accounts;

    private MockMvc browser;

    @BeforeEach
    void aLearnerHasAnAccount() {
        TestAccounts.adminAndLearners(accounts, "lena");
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSignInPostedFromAnotherSiteWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
        MvcResult refused = browser.perform(signIn().header(HttpHeaders.ORIGIN, ELSEWHERE))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated())
                .andReturn();

        assertNobodySignedIn(refused);
    }

    @Test
    void aSignInWithAForgedTokenIsRefused() throws Exception {
        MvcResult refused = browser.perform(signIn().header(HttpHeaders.ORIGIN, ELSEWHERE)
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated())
                .andReturn();

        assertNobodySignedIn(refused);
    }

    @Test
    void theSignInFormWithItsTokenSignsThePersonIn() throws Exception {
        browser.perform(signIn().with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername("lena"));
    }

    @Test
    void aSignInFromAPageWhoseSessionEndedGoesBackToTheSignInPageWithTheUsernameKept() throws Exception {
        MvcResult sentBack = browser.perform(signIn().with(request -> {
                    request.setRequestedSessionId("ended-long-ago");
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?notice=page_expired"))
                .andExpect(unauthenticated())
                .andReturn();

        HttpSession fresh = sentBack.getRequest().getSession(false);
        assertThat(fresh).isNotNull();
        assertThat(fresh.getAttribute(ExpiredSignInPage.TYPED_USERNAME)).isEqualTo("lena");
        assertThat(fresh.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    private static MockHttpServletRequestBuilder signIn() {
        return post("/login").param("username", "lena").param("password", TestAccounts.PASSPHRASE);
    }

    private static void assertNobodySignedIn(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        if (session != null) {
            assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).as("security context in the session").isNull();
        }
        assertThat(result.getResponse().getRedirectedUrl()).as("sent on as signed in").isNull();
    }
}
