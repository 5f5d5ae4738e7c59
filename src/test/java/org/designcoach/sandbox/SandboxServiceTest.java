package org.designcoach.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.designcoach.content.InvalidDesignException;
import org.designcoach.design.DesignJson;
import org.designcoach.scoring.UnknownCaseException;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class SandboxServiceTest {

    private static final String CASE = "url-shortener";
    private static final String DESIGN = """
            {"version": 1,
             "components": [{"id": "web", "type": "web-client"}, {"id": "api", "type": "app-server", "technology": "Go"}],
             "connections": [{"from": "web", "to": "api", "mode": "sync", "protocol": "HTTPS"}]}""";

    @Autowired
    private SandboxService sandbox;

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void twoLearnersHaveAccounts() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.signInAs("lena");
    }

    /** Signs out again, so that no test after this one runs as a leftover user. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSavedDesignIsThereTheNextTimeItsOwnerOpensTheCase() {
        var saved = sandbox.save(CASE, DESIGN, SandboxService.NEW, Optional.empty());

        var opened = sandbox.open(CASE, Optional.empty());

        assertThat(opened.design()).isEqualTo(saved.design());
        assertThat(opened.version()).isEqualTo(saved.version()).isNotEqualTo(SandboxService.NEW);
        assertThat(opened.design().components()).extracting(c -> c.id()).containsExactly("web", "api");
        assertThat(opened.assessment().findings()).isNotEmpty();
    }

    @Test
    void anotherUserSeesNothingOfIt() {
        sandbox.save(CASE, DESIGN, SandboxService.NEW, Optional.empty());

        TestAccounts.signInAs("ada");

        var opened = sandbox.open(CASE, Optional.empty());
        assertThat(opened.design().components()).isEmpty();
        assertThat(opened.version()).isEqualTo(SandboxService.NEW);
    }

    @Test
    void aSaveFromAnOlderPageIsRefusedAndKeepsTheNewerDesign() {
        var first = sandbox.save(CASE, DESIGN, SandboxService.NEW, Optional.empty());
        var second = sandbox.save(CASE, DESIGN.replace("Go", "Java"), first.version(), Optional.empty());

        assertThatThrownBy(() -> sandbox.save(CASE, DESIGN.replace("Go", "Rust"), first.version(), Optional.empty()))
                .isInstanceOf(StaleDesignException.class).hasMessageContaining("another tab");

        assertThat(sandbox.open(CASE, Optional.empty()).design()).isEqualTo(second.design());
    }

    @Test
    void anInvalidDesignIsRefusedAndNothingIsSaved() {
        var saved = sandbox.save(CASE, DESIGN, SandboxService.NEW, Optional.empty());

        assertThatThrownBy(() -> sandbox.save(CASE, DESIGN.replace("app-server", "teleporter"), saved.version(),
                Optional.empty()))
                .isInstanceOf(InvalidDesignException.class).hasMessageContaining("teleporter");

        assertThat(DesignJson.compact(sandbox.open(CASE, Optional.empty()).design())).contains("app-server");
    }

    @Test
    void theLoadToJudgeAtChangesTheFindings() {
        var saved = sandbox.save(CASE, DESIGN, SandboxService.NEW, Optional.empty());

        var atATrickle = sandbox.score(CASE, saved.design(), Optional.of(50.0));

        assertThat(saved.assessment().findings()).extracting(f -> f.ruleId()).contains("read-heavy-without-cache");
        assertThat(atATrickle.findings()).extracting(f -> f.ruleId()).doesNotContain("read-heavy-without-cache");
    }

    @Test
    void anUnknownCaseIsRefused() {
        assertThatThrownBy(() -> sandbox.save("no-such-case", DESIGN, SandboxService.NEW, Optional.empty()))
                .isInstanceOf(UnknownCaseException.class).hasMessageContaining("no-such-case");
    }

    @Test
    void nobodySignedInGetsNothing() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> sandbox.open(CASE, Optional.empty()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
