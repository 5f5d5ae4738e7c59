package org.designcoach;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.PWA;
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
@PWA(name = "Design Coach", shortName = "Design Coach")
public class DesignCoachApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(DesignCoachApplication.class, args);
    }

    /** The one source of time: services and timers take it injected so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
