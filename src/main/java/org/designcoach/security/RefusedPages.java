package org.designcoach.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import java.util.List;
import org.designcoach.security.AccountEvents.AccessRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Announces each page a signed-in person is refused, for the audit log. Vaadin decides as before;
 * this only watches the decision. Vaadin also asks the same question to build the menu, for every
 * entry: those checks are not navigation and are not announced, nor are anonymous visitors, who are
 * sent to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class RefusedPages {

    /** Vaadin's own default (annotation checks, switched on by the security configurer) plus the watcher. */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(ApplicationEventPublisher events) {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withDecisionResolver(new Watcher(new DefaultAccessCheckDecisionResolver(), events)).disabled();
    }

    static final class Watcher implements AccessCheckDecisionResolver {

        private final AccessCheckDecisionResolver decider;
        private final transient ApplicationEventPublisher events;

        Watcher(AccessCheckDecisionResolver decider, ApplicationEventPublisher events) {
            this.decider = decider;
            this.events = events;
        }

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            AccessCheckResult result = decider.resolve(results, context);
            if (result.decision() != AccessCheckDecision.ALLOW && context.isNavigating() && !context.isErrorHandling()
                    && context.getPrincipal() != null) {
                events.publishEvent(new AccessRefused(context.getPrincipal().getName(),
                        "the page /" + context.getLocation().getPath(), reason(result)));
            }
            return result;
        }

        private static String reason(AccessCheckResult result) {
            return result.reason() == null || result.reason().isBlank() ? "not allowed for this account"
                    : result.reason();
        }
    }
}
