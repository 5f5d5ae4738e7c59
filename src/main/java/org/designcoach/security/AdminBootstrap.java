package org.designcoach.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin at start-up from deployment settings, so an automated deployment needs
 * no setup page. Bad settings stop the start with a message that says what to fix.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminBootstrapProperties properties;
    private final AccountService accounts;

    AdminBootstrap(AdminBootstrapProperties properties, AccountService accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = properties.username();
        if (username == null || username.isBlank()) {
            return;
        }
        String password = password();
        try {
            if (accounts.bootstrapAdmin(username, password)) {
                log.info("Created the first admin account '{}' from DESIGNCOACH_ADMIN_USERNAME", username.strip());
            } else {
                log.info("An admin account exists already; DESIGNCOACH_ADMIN_USERNAME is ignored");
            }
        } catch (DataIntegrityViolationException | AccountException e) {
            // Two instances starting at once on an empty database both see no admin; the second insert
            // then breaks the unique username (or finds it taken). The first one's admin is what both wanted.
            if (!accounts.needsSetup()) {
                log.info("Another instance created the first admin at the same moment; DESIGNCOACH_ADMIN_USERNAME "
                        + "is ignored here");
                return;
            }
            throw new IllegalStateException("DESIGNCOACH_ADMIN_* settings are not usable: " + e.getMessage(), e);
        }
    }

    private String password() {
        if (properties.passwordFile() != null) {
            try {
                return Files.readString(properties.passwordFile(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read DESIGNCOACH_ADMIN_PASSWORD_FILE "
                        + properties.passwordFile() + ": " + e.getMessage(), e);
            }
        }
        if (properties.password() == null || properties.password().isEmpty()) {
            throw new IllegalStateException("DESIGNCOACH_ADMIN_USERNAME is set but neither "
                    + "DESIGNCOACH_ADMIN_PASSWORD nor DESIGNCOACH_ADMIN_PASSWORD_FILE is");
        }
        return properties.password();
    }
}
