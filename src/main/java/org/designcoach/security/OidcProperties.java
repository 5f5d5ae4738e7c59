package org.designcoach.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code designcoach.oidc.*}: sign-in through a company's OpenID Connect provider. Nothing is set by
 * default, and then sign-in is with local passwords only. Settings that cannot work together stop the
 * start, each problem named by its setting.
 *
 * @param issuerUri the provider's issuer; its discovery document is read at start
 * @param clientId this application's client id at the provider
 * @param clientSecret its client secret
 * @param providerName the name on the sign-in button ("Sign in with …")
 * @param groupsClaim the claim that carries the person's groups or roles; a dotted path reaches into an object
 * @param groups per role (learner, mentor, admin) the claim values that give it
 * @param localPasswords whether people may still sign in with a username and password
 * @param accessContact whom a person without a role should ask, in words ("the IT service desk")
 * @param extraScopes scopes asked for besides openid, profile and email (Okta's org server wants "groups")
 */
@ConfigurationProperties("designcoach.oidc")
record OidcProperties(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
        @DefaultValue("your company account") String providerName, @DefaultValue("groups") String groupsClaim,
        @Nullable Map<String, List<String>> groups, @DefaultValue("true") boolean localPasswords,
        @Nullable String accessContact, @Nullable List<String> extraScopes) {

    static final String PREFIX = "designcoach.oidc.";

    OidcProperties {
        List<String> problems = problems(issuerUri, clientId, clientSecret, providerName, groupsClaim, groups,
                localPasswords);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** No single sign-on: local passwords only, as before it existed. */
    static OidcProperties off() {
        return new OidcProperties(null, null, null, "your company account", "groups", null, true, null, null);
    }

    boolean isConfigured() {
        return isSet(issuerUri);
    }

    /** The roles and the claim values that give them, as configured. */
    GroupRoleMapping roleMapping() {
        Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);
        if (groups != null) {
            groups.forEach((role, values) -> byRole.put(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)),
                    new LinkedHashSet<>(values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList())));
        }
        return new GroupRoleMapping(groupsClaim.strip(), byRole);
    }

    /** Whom a person without a role is told to ask. */
    String whomToAsk() {
        return isSet(accessContact) ? accessContact.strip() : "your Design Coach administrator";
    }

    List<String> scopes() {
        var scopes = new ArrayList<>(List.of("openid", "profile", "email"));
        if (extraScopes != null) {
            extraScopes.stream().map(String::strip).filter(scope -> !scope.isEmpty() && !scopes.contains(scope))
                    .forEach(scopes::add);
        }
        return scopes;
    }

    private static List<String> problems(@Nullable String issuerUri, @Nullable String clientId,
            @Nullable String clientSecret, String providerName, String groupsClaim,
            @Nullable Map<String, List<String>> groups, boolean localPasswords) {
        List<String> problems = new ArrayList<>();
        boolean configured = isSet(issuerUri);
        if (!configured) {
            if (isSet(clientId) || isSet(clientSecret)) {
                problems.add(PREFIX + "issuer-uri must be set when " + PREFIX + "client-id or client-secret is");
            }
            if (groups != null && !groups.isEmpty()) {
                problems.add(PREFIX + "issuer-uri must be set when " + PREFIX + "groups.* are");
            }
            if (!localPasswords) {
                problems.add(PREFIX + "local-passwords=false needs " + PREFIX
                        + "issuer-uri: without single sign-on nobody could sign in");
            }
            return problems;
        }
        issuerProblem(issuerUri).ifPresent(problems::add);
        if (!isSet(clientId)) {
            problems.add(PREFIX + "client-id must be set when " + PREFIX + "issuer-uri is");
        }
        if (!isSet(clientSecret)) {
            problems.add(PREFIX + "client-secret must be set when " + PREFIX + "issuer-uri is");
        }
        if (providerName.isBlank()) {
            problems.add(PREFIX + "provider-name must not be blank: it names the sign-in button");
        }
        if (groupsClaim.isBlank()) {
            problems.add(PREFIX + "groups-claim must name the claim that carries the groups");
        }
        problems.addAll(groupProblems(groups));
        if (!localPasswords && (groups == null || groups.getOrDefault("admin", List.of()).stream().allMatch(String::isBlank))) {
            problems.add(PREFIX + "local-passwords=false needs " + PREFIX + "groups.admin: otherwise nobody "
                    + "could ever manage Design Coach");
        }
        return problems;
    }

    private static Optional<String> issuerProblem(String issuerUri) {
        String text = issuerUri.strip();
        try {
            URI uri = new URI(text);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.of(PREFIX + "issuer-uri must be an http(s) address with a host and no "
                        + "query or fragment, such as https://login.example.com/realms/staff, not '" + text + "'");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(PREFIX + "issuer-uri is not a valid address ('" + text + "'): "
                    + e.getReason());
        }
    }

    private static List<String> groupProblems(@Nullable Map<String, List<String>> groups) {
        List<String> problems = new ArrayList<>();
        boolean anyValue = false;
        if (groups != null) {
            for (var entry : groups.entrySet()) {
                String role = entry.getKey().strip().toUpperCase(Locale.ROOT);
                boolean known = Set.of(Role.LEARNER_NAME, Role.MENTOR_NAME, Role.ADMIN_NAME).contains(role);
                if (!known) {
                    problems.add(PREFIX + "groups." + entry.getKey() + " names no role of Design Coach: use "
                            + PREFIX + "groups.learner, groups.mentor or groups.admin");
                }
                anyValue |= known && entry.getValue().stream().anyMatch(value -> !value.isBlank());
            }
        }
        if (!anyValue && problems.isEmpty()) {
            problems.add(PREFIX + "groups.learner, groups.mentor or groups.admin must list at least one group: "
                    + "without one nobody could sign in through the provider");
        }
        return problems;
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
