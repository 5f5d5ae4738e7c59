package org.designcoach.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code designcoach.metrics.*}: how a metrics scraper reaches {@code /actuator/prometheus} without an
 * admin's password. {@code token} is a secret the operator makes (at least 32 characters) and gives to
 * the scraper as a bearer token; it opens the metrics and nothing else. {@code openOnManagementPort}
 * serves the metrics without any credential, but only on a management port of their own, for sites
 * where that port is reachable from the monitoring network alone.
 */
@ConfigurationProperties("designcoach.metrics")
record MetricsAccessProperties(@Nullable String token, @DefaultValue("false") boolean openOnManagementPort) {

    static final int SHORTEST_TOKEN = 32;

    MetricsAccessProperties {
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && (token.length() < SHORTEST_TOKEN || token.chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("designcoach.metrics.token (DESIGNCOACH_METRICS_TOKEN) must be at least "
                    + SHORTEST_TOKEN + " characters without spaces, e.g. the output of `openssl rand -hex 24`; it has "
                    + token.length());
        }
    }
}
