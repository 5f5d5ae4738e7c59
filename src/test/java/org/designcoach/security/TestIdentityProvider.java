package org.designcoach.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * A real OpenID Connect provider for browser journeys: Spring Authorization Server on a port of its own,
 * with one registered client (Design Coach) and people whose ID tokens carry a {@code groups} claim. The
 * client secret, the people's passwords and the signing key are made afresh for every run. It answers
 * on {@code localhost}; Design Coach is opened on {@code 127.0.0.1}, so that the two keep separate
 * cookies (a browser does not tell ports apart).
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "design-coach";

    /** A person known to the provider, with the groups their tokens carry. */
    record Person(String username, String password, String name, String email, List<String> groups) {

        static Person of(String username, String name, List<String> groups) {
            return new Person(username, secret(), name, username + "@example.test", groups);
        }
    }

    private final String clientSecret = secret();
    private final AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
    private final WebServer server;

    /** Starts the provider for a client whose sign-in returns to {@code redirectUri}. */
    TestIdentityProvider(String redirectUri, List<Person> people) {
        var settings = new Settings(redirectUri, clientSecret, people);
        context.addBeanFactoryPostProcessor(beans -> beans.registerSingleton("settings", settings));
        context.register(ProviderConfig.class);
        var factory = new TomcatServletWebServerFactory(0);
        server = factory.getWebServer(servletContext -> {
            context.setServletContext(servletContext);
            context.refresh();
            servletContext.addFilter("springSecurityFilterChain",
                    new DelegatingFilterProxy("springSecurityFilterChain", context))
                    .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
            // Every page is answered by a filter; a request that none answers is not found.
            servletContext.addServlet("nothing", new NotFound()).addMapping("/");
        });
        server.start();
    }

    String issuer() {
        return "http://localhost:" + server.getPort();
    }

    String clientSecret() {
        return clientSecret;
    }

    @Override
    public void close() {
        server.stop();
        context.close();
    }

    static String secret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    record Settings(String redirectUri, String clientSecret, List<Person> people) {
    }

    private static final class NotFound extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * Not a {@code @Configuration}: the application's component scan reaches the test classes and would take
     * the provider's beans for Design Coach's own. Registered by hand in the provider's context only.
     */
    @EnableWebSecurity
    static class ProviderConfig {

        /** The protocol's endpoints: authorize, token, keys, discovery and user info. */
        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()));
            var endpoints = http.getConfigurer(OAuth2AuthorizationServerConfigurer.class).getEndpointsMatcher();
            return http.securityMatcher(endpoints)
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints))
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .build();
        }

        /** The provider's own sign-in form, Spring Security's default page. */
        @Bean
        @Order(2)
        SecurityFilterChain people(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        /**
         * The holder strategy as it is when a request comes, not when this context started: Design Coach, started
         * later in the same JVM, replaces the global one with Vaadin's. The provider's filters would otherwise keep
         * the signed-in person in the old one while its endpoints look in the new one, and see nobody.
         */
        @Bean
        SecurityContextHolderStrategy currentHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        UserDetailsService users(Settings settings) {
            return new InMemoryUserDetailsManager(settings.people().stream()
                    .map(person -> User.withUsername(person.username()).password("{noop}" + person.password())
                            .roles("USER").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients(Settings settings) {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + settings.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(settings.redirectUri())
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        /** Name, email and groups in every ID token, as a company's provider puts them there. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(Settings settings) {
            Map<String, Person> byUsername = settings.people().stream()
                    .collect(java.util.stream.Collectors.toMap(Person::username, person -> person));
            return context -> {
                Person person = byUsername.get(context.getPrincipal().getName());
                if (person != null && "id_token".equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("preferred_username", person.username())
                            .claim("name", person.name())
                            .claim("email", person.email())
                            .claim("groups", person.groups());
                }
            };
        }

        @Bean
        KeyPair keys() throws NoSuchAlgorithmException {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> signingKeys(KeyPair keys) {
            var key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(KeyPair keys) {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        }

        @Bean
        AuthorizationServerSettings serverSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
