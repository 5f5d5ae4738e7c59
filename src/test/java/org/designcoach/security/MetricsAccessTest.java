package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class MetricsAccessTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @AfterEach
    void nobodyStaysSignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aShortTokenOrOneWithSpacesStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new MetricsAccessProperties("too-short", false))
                .hasMessageContaining("designcoach.metrics.token").hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new MetricsAccessProperties("0123456789abcdef 0123456789abcdef", false))
                .hasMessageContaining("without spaces");
    }

    @Test
    void aBlankTokenMeansNoToken() {
        assertThat(new MetricsAccessProperties("  ", false).token()).isNull();
    }

    @Test
    void openMetricsNeedAManagementPortOfTheirOwn() {
        var sharedPort = new MockEnvironment();
        var ownPort = new MockEnvironment().withProperty("management.server.port", "9090");
        var open = new MetricsAccessProperties(null, true);

        assertThatThrownBy(() -> SecurityConfig.metricsOpenOnManagementPort(open, sharedPort))
                .isInstanceOfSatisfying(FailureAnalyzedException.class, refused -> {
                    assertThat(refused.analysis().getDescription())
                            .contains("designcoach.metrics.open-on-management-port", "management.server.port");
                    assertThat(refused.analysis().getAction()).contains("MANAGEMENT_SERVER_PORT",
                            "DESIGNCOACH_METRICS_TOKEN");
                });
        assertThat(SecurityConfig.metricsOpenOnManagementPort(open, ownPort)).isTrue();
        assertThat(SecurityConfig.metricsOpenOnManagementPort(new MetricsAccessProperties(null, false), sharedPort))
                .isFalse();
    }

    @Test
    void theRightTokenActsAsTheScraperWithTheOneAuthorityToScrape() throws Exception {
        Authentication seen = filter("Bearer " + TOKEN, new MockHttpServletResponse());

        assertThat(seen).isNotNull();
        assertThat(seen.isAuthenticated()).isTrue();
        assertThat(seen.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(MetricsTokenFilter.SCRAPE);
    }

    @Test
    void aWrongTokenIsRefusedAndGoesNoFurther() throws Exception {
        var response = new MockHttpServletResponse();
        AtomicReference<Boolean> passedOn = new AtomicReference<>(false);
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.addHeader("Authorization", "Bearer " + TOKEN.replace('0', '1'));

        new MetricsTokenFilter(TOKEN).doFilter(request, response, (req, res) -> passedOn.set(true));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(passedOn.get()).isFalse();
    }

    @Test
    void basicCredentialsGoOnToHttpBasicUntouched() throws Exception {
        assertThat(filter("Basic b3BzOnNlY3JldA==", new MockHttpServletResponse())).isNull();
    }

    private static Authentication filter(String authorization, MockHttpServletResponse response) throws Exception {
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.addHeader("Authorization", authorization);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        FilterChain chain = (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication());
        new MetricsTokenFilter(TOKEN).doFilter(request, response, chain);
        return seen.get();
    }
}
