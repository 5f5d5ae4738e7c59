package org.designcoach.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
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

    @Bean
    @Order(1)
    SecurityFilterChain operationsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME))
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
