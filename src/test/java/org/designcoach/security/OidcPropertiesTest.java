package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** designcoach.oidc.* as the application binds it at start: bad settings stop the start, each one named. */
class OidcPropertiesTest {

    private static final String[] GOOD = {
            "designcoach.oidc.issuer-uri=https://login.example.com/realms/staff",
            "designcoach.oidc.client-id=design-coach",
            "designcoach.oidc.client-secret=from-the-vault",
            "designcoach.oidc.groups.learner=engineers",
            "designcoach.oidc.groups.mentor=staff-engineers,architects",
            "designcoach.oidc.groups.admin=coach-admins"};

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OidcProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void withoutAnySettingSingleSignOnIsOffAndPasswordsStayOn() {
        application.run(context -> {
            OidcProperties properties = context.getBean(OidcProperties.class);
            assertThat(properties.isConfigured()).isFalse();
            assertThat(properties.localPasswords()).isTrue();
        });
    }

    @Test
    void completeSettingsMapEveryListedGroupToItsRole() {
        application.withPropertyValues(GOOD).withPropertyValues("designcoach.oidc.extra-scopes=groups").run(context -> {
            OidcProperties properties = context.getBean(OidcProperties.class);
            assertThat(properties.isConfigured()).isTrue();
            assertThat(properties.roleMapping()).isEqualTo(new GroupRoleMapping("groups", Map.of(
                    Role.LEARNER, Set.of("engineers"), Role.MENTOR, Set.of("staff-engineers", "architects"),
                    Role.ADMIN, Set.of("coach-admins"))));
            assertThat(properties.scopes()).containsExactly("openid", "profile", "email", "groups");
        });
    }

    @Test
    void anIssuerWithoutAClientIdStopsTheStartNamingTheClientId() {
        assertStartFails(List.of("designcoach.oidc.issuer-uri=https://login.example.com",
                "designcoach.oidc.client-secret=s", "designcoach.oidc.groups.learner=engineers"),
                "designcoach.oidc.client-id must be set");
    }

    @Test
    void aClientIdWithoutAnIssuerStopsTheStartNamingTheIssuer() {
        assertStartFails(List.of("designcoach.oidc.client-id=design-coach"), "designcoach.oidc.issuer-uri must be set");
    }

    @Test
    void aMissingClientSecretStopsTheStartNamingIt() {
        assertStartFails(without("client-secret"), "designcoach.oidc.client-secret must be set");
    }

    @Test
    void aMappingToAnUnknownRoleStopsTheStartNamingTheSetting() {
        assertStartFails(with("designcoach.oidc.groups.teacher=trainers"),
                "designcoach.oidc.groups.teacher names no role of Design Coach");
    }

    @Test
    void aMalformedIssuerStopsTheStartNamingIt() {
        assertStartFails(with("designcoach.oidc.issuer-uri=login.example.com/realms/staff"),
                "designcoach.oidc.issuer-uri must be an http(s) address", "'login.example.com/realms/staff'");
        assertStartFails(with("designcoach.oidc.issuer-uri=https://login example.com"),
                "designcoach.oidc.issuer-uri is not a valid address");
    }

    @Test
    void settingsWithoutAnyMappedGroupStopTheStart() {
        assertStartFails(List.of("designcoach.oidc.issuer-uri=https://login.example.com",
                "designcoach.oidc.client-id=c", "designcoach.oidc.client-secret=s"),
                "designcoach.oidc.groups.learner, groups.mentor or groups.admin must list at least one group");
    }

    @Test
    void passwordsOffWithoutSingleSignOnOrWithoutAnAdminGroupStopTheStart() {
        assertStartFails(List.of("designcoach.oidc.local-passwords=false"),
                "designcoach.oidc.local-passwords=false needs designcoach.oidc.issuer-uri");
        assertStartFails(List.of("designcoach.oidc.issuer-uri=https://login.example.com",
                "designcoach.oidc.client-id=c", "designcoach.oidc.client-secret=s",
                "designcoach.oidc.groups.learner=engineers", "designcoach.oidc.local-passwords=false"),
                "designcoach.oidc.local-passwords=false needs designcoach.oidc.groups.admin");
    }

    @Test
    void everyBadSettingIsNamedAtOnce() {
        assertStartFails(List.of("designcoach.oidc.issuer-uri=ftp://files.example.com",
                "designcoach.oidc.groups.teacher=trainers"),
                "designcoach.oidc.issuer-uri must be an http(s) address", "designcoach.oidc.client-id must be set",
                "designcoach.oidc.client-secret must be set", "designcoach.oidc.groups.teacher names no role");
    }

    private void assertStartFails(List<String> settings, String... named) {
        application.withPropertyValues(settings.toArray(String[]::new)).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).hasMessageContaining("designcoach.oidc");
            assertThat(failure).rootCause().hasMessageContainingAll(named);
        });
    }

    private static List<String> with(String setting) {
        var settings = new java.util.ArrayList<>(List.of(GOOD));
        String key = setting.substring(0, setting.indexOf('='));
        settings.removeIf(existing -> existing.startsWith(key + "="));
        settings.add(setting);
        return settings;
    }

    private static List<String> without(String name) {
        return List.of(GOOD).stream().filter(setting -> !setting.startsWith("designcoach.oidc." + name + "="))
                .toList();
    }
}
