package org.designcoach.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains: the operations endpoints (stateless; health open, the rest for admins over
 * HTTP Basic) and the Vaadin application (form sign-in, and sign-in through the identity provider when
 * {@link SingleSignOn} has one; every view annotated, every request of a signed-in session checked
 * against the account and the session's time limits).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private static final String PROMETHEUS = "prometheus";

    @Bean
    @Order(1)
    SecurityFilterChain operationsChain(HttpSecurity http, MetricsAccessProperties metrics, Environment environment)
            throws Exception {
        boolean metricsOpen = metricsOpenOnManagementPort(metrics, environment);
        if (metrics.token() != null) {
            http.addFilterBefore(new MetricsTokenFilter(metrics.token()), BasicAuthenticationFilter.class);
        }
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
                    var prometheus = auth.requestMatchers(EndpointRequest.to(PROMETHEUS));
                    if (metricsOpen) {
                        prometheus.permitAll();
                    } else {
                        prometheus.hasAnyAuthority(MetricsTokenFilter.SCRAPE, Role.ADMIN.authority());
                    }
                    auth.anyRequest().hasRole(Role.ADMIN_NAME);
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::askForBasicCredentials))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityConfig::askForBasicCredentials)
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.data())
                .build();
    }

    /**
     * Metrics without a credential only where the actuator has a port of its own: on the application's
     * port they would be open to everyone who can reach the sign-in page.
     */
    static boolean metricsOpenOnManagementPort(MetricsAccessProperties metrics, Environment environment) {
        if (metrics.openOnManagementPort() && ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
            // Analysed by Spring Boot: the operator reads the setting and the fix, not a stack trace.
            throw new FailureAnalyzedException("designcoach.metrics.open-on-management-port "
                    + "(DESIGNCOACH_METRICS_OPEN_ON_MANAGEMENT_PORT) is true, but management.server.port "
                    + "(MANAGEMENT_SERVER_PORT) is not set to a port of its own: the metrics would be open to "
                    + "everyone who can reach the application's port.",
                    "Set MANAGEMENT_SERVER_PORT to a port other than the application's (e.g. 9090) that only the "
                    + "monitoring network reaches, or remove DESIGNCOACH_METRICS_OPEN_ON_MANAGEMENT_PORT and give "
                    + "the scraper a DESIGNCOACH_METRICS_TOKEN instead.");
        }
        return metrics.openOnManagementPort();
    }

    /** Sets the status directly: an error dispatch would reach the UI chain and redirect to sign-in. */
    private static void askForBasicCredentials(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Design Coach operations\"");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationChain(HttpSecurity http, SignedInSessions sessions, SessionProperties limits,
            Clock clock, RequestUtil vaadinRequests, SingleSignOn singleSignOn) throws Exception {
        // Built here rather than declared as a bean: a filter bean would also run for the other chains' URLs.
        var accountSessions = new AccountSessionFilter(sessions::stateOf, new SessionRules(limits), clock);
        http.headers(SecurityHeaders.pages())
                // Vaadin's own CSRF set-up also exempts the sign-in URL, so that any site could post a
                // username and password there and sign its visitor in to an account it controls (login CSRF).
                // Only Vaadin's internal requests are exempt here: they carry Vaadin's own token. The sign-in
                // form posts Spring's token, which the login form reads from the page's _csrf meta tags.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                        // Set on the filter itself: Vaadin's configurer replaces the exception handling's handler.
                        .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                            @Override
                            public <O extends CsrfFilter> O postProcess(O filter) {
                                filter.setAccessDeniedHandler(new ExpiredSignInPage());
                                return filter;
                            }
                        }))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        // An address that is no route goes to Vaadin for a signed-in person, whose not-found page
                        // answers it; denied here, it was a bare "HTTP ERROR 403" from the server.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .addFilterAfter(accountSessions, SecurityContextHolderFilter.class);
        singleSignOn.configure(http);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, SingleSignOn singleSignOn) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return singleSignOn.passwordSignIn(new ThrottledAuthenticationProvider(passwords, throttle));
    }
}
