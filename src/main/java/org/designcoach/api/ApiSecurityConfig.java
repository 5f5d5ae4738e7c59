package org.designcoach.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.designcoach.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * The API's own filter chain, before the operations and application chains: stateless, no
 * cookies and no CSRF (a token in a header cannot be sent by another site), a token for every
 * call but the OpenAPI document.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Design Coach API", version = "v1",
        description = "Cases, the component catalog and the scoring of designs. Authenticate with a personal API "
                + "token from your profile page."), security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class ApiSecurityConfig {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";

    @Bean
    @Order(0)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ApiRateLimit rateLimit) throws Exception {
        // Built here rather than declared as a bean: a filter bean would also run for every other URL.
        var tokenFilter = new ApiTokenFilter(tokens, rateLimit);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPENAPI_PATH, OPENAPI_PATH + "/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiErrorResponses(), DisableEncodeUrlFilter.class)
                .addFilterBefore(tokenFilter, AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            Problems.write(response, HttpStatus.UNAUTHORIZED, "Send a personal API token as "
                                    + "'Authorization: Bearer <token>'; create one on your profile page (API tokens).");
                        })
                        .accessDeniedHandler((request, response, denied) -> Problems.write(response,
                                HttpStatus.FORBIDDEN, "Your account may not do this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(SecurityHeaders.data())
                .build();
    }
}
