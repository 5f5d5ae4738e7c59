package org.designcoach;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Design Coach: practise system-design interviews, scored and simulated. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class DesignCoachApplication implements AppShellConfigurator {

    /**
     * The icon is a static file, served without a session. The PWA manifest, icons and offline page
     * went through the Vaadin servlet, which gave each request a session of its own; when the sign-in
     * page fetched one just as the sign-in replaced the session id, the browser received a fresh,
     * signed-out cookie in place of the signed-in one and was sent back to sign in.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(DesignCoachApplication.class, args);
    }

    /** The one source of time: services and timers take it injected so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
