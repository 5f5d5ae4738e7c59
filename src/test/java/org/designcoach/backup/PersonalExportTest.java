package org.designcoach.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.designcoach.TestAccounts;
import org.designcoach.api.ApiTokenAccess;
import org.designcoach.sandbox.SandboxAccess;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@Transactional
@Tag("database")
class PersonalExportTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PersonalExport export;

    @Autowired
    private SessionService sessions;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private EntityManager entityManager;

    private String omarsSecret = "";

    @BeforeEach
    void twoLearnersHaveWorkedInTheApp() {
        new BackupData(context).fill();
        TestAccounts.signInAs("omar");
        sessions.start("simple-web-platform", Mode.MOCK, "staff");
        SandboxAccess.saveNewDesign(context, "simple-web-platform", BackupData.DESIGN);
        omarsSecret = ApiTokenAccess.createAndUse(context, "Omar's script");
        entityManager.flush();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theExportHoldsEverySectionOfTheSignedInLearner() {
        TestAccounts.signInAs("lena");

        JsonNode document = exportOf();

        assertThat(document.get("format").asString()).isEqualTo("design-coach-personal-export");
        assertThat(document.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(document.get("username").asString()).isEqualTo("lena");
        assertThat(Instant.parse(document.get("exportedAt").asString())).isNotNull();
        JsonNode sections = document.get("sections");
        assertThat(sections.get("account").get("role").asString()).isEqualTo("LEARNER");
        assertThat(Instant.parse(sections.get("account").get("passwordChanged").asString())).isNotNull();
        assertThat(sections.get("practiceSessions").valueStream().map(s -> s.get("status").asString()))
                .containsExactly("FINISHED", "IN_PROGRESS");
        assertThat(sections.get("practiceSessions").get(0).get("answers").get("functional").get(0).asString())
                .isEqualTo("Shorten a URL");
        assertThat(sections.get("sandboxDesigns").get(0).get("design").get("components").get(1).get("label").asString())
                .isEqualTo("API \"v2\" – ünïcode");
        assertThat(sections.get("apiTokens").valueStream().map(t -> t.get("name").asString()))
                .containsExactlyInAnyOrder("CI pipeline", "Old laptop");
        assertThat(sections.has("reviews")).isTrue();
        assertThat(sections.get("notifications").get("username").asString()).isEqualTo("lena");
        assertThat(sections.get("cohorts").valueStream().map(c -> c.get("as").asString())).contains("learner");
    }

    @Test
    void eachLearnersExportLacksTheOthersData() {
        TestAccounts.signInAs("lena");
        String lenas = exportText();
        TestAccounts.signInAs("omar");
        String omars = exportText();

        assertThat(lenas).doesNotContain("omar", "Omar's script", "staff");
        assertThat(omars).doesNotContain("lena", "CI pipeline", "Shorten a URL");
        assertThat(sessionIds(omars)).doesNotContainAnyElementsOf(sessionIds(lenas)).hasSize(2);
        assertThat(sessionIds(lenas)).hasSize(2);
    }

    @Test
    void anAdminGetsTheirOwnDataOnlyToo() {
        TestAccounts.signInAs("ada", Role.ADMIN);

        JsonNode document = exportOf();

        assertThat(document.get("sections").get("practiceSessions").isEmpty()).isTrue();
        assertThat(document.toString()).doesNotContain("lena", "omar");
    }

    @Test
    void noPasswordHashAndNoTokenSecretIsEverInIt() {
        var sql = new JdbcTemplate(dataSource);
        String passwordHash = sql.queryForObject("SELECT password_hash FROM user_account WHERE username = 'omar'",
                String.class);
        TestAccounts.signInAs("omar");

        String text = exportText();

        assertThat(text).doesNotContain(passwordHash, omarsSecret, "hash", "password\"");
        sql.queryForList("SELECT token_hash FROM api_token WHERE owner = 'omar'", String.class)
                .forEach(hash -> assertThat(text).doesNotContain(hash));
    }

    @Test
    void nobodySignedInGetsNothing() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> export.write(new ByteArrayOutputStream()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private JsonNode exportOf() {
        return JsonMapper.builder().build().readTree(exportText());
    }

    private String exportText() {
        var out = new ByteArrayOutputStream();
        export.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Long> sessionIds(String export) {
        return JsonMapper.builder().build().readTree(export).get("sections").get("practiceSessions").valueStream()
                .map(session -> session.get("id").asLong()).toList();
    }
}
