package org.designcoach.audit;

import java.util.Properties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/**
 * How sign-in outcomes become application events. Spring Boot declares a
 * {@link DefaultAuthenticationEventPublisher} of its own, but that one looks an exception up by its
 * exact class and publishes nothing for a class it does not know, which is true of both failures the
 * security feature's throttled sign-in throws (subclasses of Spring's own). This one, which
 * replaces Boot's, knows them, and publishes any other unknown failure as
 * {@link UnclassifiedSignInFailureEvent}, so that no failure escapes the log.
 */
@Configuration(proxyBeanMethods = false)
class AuthenticationEventsConfiguration {

    /** By name: the classes are internal to the security feature. AuditSignInTest fails if they are renamed. */
    static final String THROTTLED_WRONG_CREDENTIALS = "org.designcoach.security.SignInFailedException";
    static final String THROTTLED_LOCKED = "org.designcoach.security.SignInLockedException";

    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        var mappings = new Properties();
        mappings.setProperty(THROTTLED_WRONG_CREDENTIALS, AuthenticationFailureBadCredentialsEvent.class.getName());
        mappings.setProperty(THROTTLED_LOCKED, AuthenticationFailureLockedEvent.class.getName());
        publisher.setAdditionalExceptionMappings(mappings);
        publisher.setDefaultAuthenticationFailureEvent(UnclassifiedSignInFailureEvent.class);
        return publisher;
    }

    /**
     * Makes Spring Security announce refused requests and refused service methods as
     * {@link org.springframework.security.authorization.event.AuthorizationDeniedEvent}s, which
     * {@link AccessRefusalListener} records. Request authorization and method security both use this bean.
     */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
