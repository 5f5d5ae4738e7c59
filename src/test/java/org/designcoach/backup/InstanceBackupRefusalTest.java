package org.designcoach.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.designcoach.TestAccounts;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every kind of bad file or unfit instance is refused with a message that says where, and the
 * instance is exactly as it was afterwards, even when the fault sits after tables already written.
 */
@SpringBootTest
@Transactional
@Tag("database")
class InstanceBackupRefusalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ApplicationContext context;

    @Autowired
    private InstanceBackup backup;

    @Autowired
    private EntityManager entityManager;

    private byte[] file = new byte[0];
    private SecondDatabase target;

    @BeforeEach
    void aFilledInstanceWasBackedUpAndAFreshOneWaitsForIt() {
        new BackupData(context).fill();
        entityManager.flush();
        TestAccounts.signInAs("ada", Role.ADMIN);
        var out = new ByteArrayOutputStream();
        backup.export(out);
        file = out.toByteArray();
        target = new SecondDatabase();
        target.setUpByAnAdmin();
    }

    @AfterEach
    void closeAndSignOut() {
        target.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefused() {
        byte[] older = edited(root -> root.put("schemaVersion", "4"));

        assertRefused(older, "made at schema version 4", "at version " + target.schemaVersion());
    }

    @Test
    void anInstanceWithMoreThanTheAdminWhoSetItUpIsRefused() {
        target.execute("INSERT INTO cohort (name, created_at) VALUES ('Early birds', CURRENT_TIMESTAMP)");

        assertRefused(file, "not empty", "cohort");
    }

    @Test
    void anInstanceWithALearnerBesidesItsAdminIsRefused() {
        target.execute("INSERT INTO user_account (username, password_hash, role, created_at, password_changed_at) "
                + "VALUES ('early', 'hash', 'LEARNER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        assertRefused(file, "not empty", "2 accounts");
    }

    @Test
    void aFileThatIsNotJsonIsRefused() {
        assertRefused("{\"format\": \"design-coach-instance\", oops".getBytes(StandardCharsets.UTF_8),
                "not valid JSON", "line 1");
    }

    @Test
    void aPersonalDataExportIsNotAnInstanceBackup() {
        byte[] personal = edited(root -> root.put("format", "design-coach-personal-export"));

        assertRefused(personal, "format is 'design-coach-personal-export'");
    }

    @Test
    void anUnknownTableIsRefused() {
        byte[] extra = edited(root -> tables(root).putObject("ghosts").putArray("columns"));

        assertRefused(extra, "table 'ghosts'");
    }

    @Test
    void anUnknownColumnIsRefused() {
        byte[] extra = edited(root -> ((ArrayNode) table(root, "user_account").get("columns")).add("shoe_size"));

        assertRefused(extra, "user_account", "'shoe_size'");
    }

    @Test
    void aMissingColumnIsRefused() {
        byte[] missing = edited(root -> {
            ObjectNode accounts = table(root, "user_account");
            int last = accounts.get("columns").size() - 1;
            String dropped = accounts.get("columns").get(last).asString();
            ((ArrayNode) accounts.get("columns")).remove(last);
            accounts.get("rows").forEach(row -> ((ArrayNode) row).remove(last));
            root.put("dropped", dropped);
        });
        String dropped = JSON.readTree(missing).get("dropped").asString();

        assertRefused(withoutProperty(missing, "dropped"), "lacks the columns " + dropped, "user_account");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAndTheTablesWrittenBeforeItAreUndone() {
        byte[] wrong = edited(root -> {
            ObjectNode sessions = table(root, "practice_session");
            int startedAt = columnIndex(sessions, "started_at");
            ((ArrayNode) sessions.get("rows").get(1)).set(startedAt, JSON.getNodeFactory().stringNode("yesterday"));
        });

        assertRefused(wrong, "Table practice_session, row 2, column started_at", "found \"yesterday\"");
    }

    @Test
    void aNumberWhereTextBelongsIsRefused() {
        byte[] wrong = edited(root -> {
            ObjectNode accounts = table(root, "user_account");
            ((ArrayNode) accounts.get("rows").get(0)).set(columnIndex(accounts, "username"),
                    JSON.getNodeFactory().numberNode(42));
        });

        assertRefused(wrong, "Table user_account, row 1, column username", "expected text", "found 42");
    }

    @Test
    void aRowTheDatabaseRefusesIsNamedAndUndone() {
        byte[] duplicate = edited(root -> {
            ArrayNode rows = (ArrayNode) table(root, "user_account").get("rows");
            ArrayNode copy = (ArrayNode) rows.get(0).deepCopy();
            copy.set(0, JSON.getNodeFactory().numberNode(999));
            rows.add(copy);
        });

        // Only the database sees a duplicate key, so a check of the file alone passes it.
        assertRestoreRefused(duplicate, "The database refused table user_account, rows 1 to 5");
    }

    @Test
    void aTableBeforeTheTableItRefersToIsRefused() {
        byte[] reordered = edited(root -> {
            JsonNode cohorts = tables(root).remove("cohort");
            tables(root).set("cohort", cohorts);
        });

        assertRefused(reordered, "cohort_learner comes before cohort");
    }

    @Test
    void aTableWithMoreRowsThanTheBoundIsRefused() {
        var bounded = new InstanceArchive(target.dataSource(), Clock.systemUTC(), 3);
        Map<String, List<List<Object>>> before = DatabaseSnapshot.of(target.dataSource());

        assertThatThrownBy(() -> bounded.restore(new ByteArrayInputStream(file), target.schemaVersion()))
                .isInstanceOf(BackupException.class).hasMessageMatching("The table \\w+ has more than 3 rows.*");
        assertThat(DatabaseSnapshot.of(target.dataSource())).isEqualTo(before);
    }

    @Test
    void checkingAGoodFileSaysWhatItHoldsAndChangesNothing() {
        Map<String, List<List<Object>>> before = DatabaseSnapshot.of(target.dataSource());

        BackupSummary summary = target.archive().check(new ByteArrayInputStream(file), target.schemaVersion());

        assertThat(summary.rowsOf("user_account")).isEqualTo(4);
        assertThat(summary.rowsOf("practice_session")).isEqualTo(3);
        assertThat(DatabaseSnapshot.of(target.dataSource())).isEqualTo(before);
    }

    private void assertRefused(byte[] backupFile, String... messageParts) {
        assertRestoreRefused(backupFile, messageParts);
        assertThatThrownBy(() -> target.archive().check(new ByteArrayInputStream(backupFile),
                target.schemaVersion()))
                .as("a check refuses it alike").isInstanceOf(BackupException.class);
    }

    private void assertRestoreRefused(byte[] backupFile, String... messageParts) {
        Map<String, List<List<Object>>> before = DatabaseSnapshot.of(target.dataSource());

        assertThatThrownBy(() -> target.archive().restore(new ByteArrayInputStream(backupFile),
                target.schemaVersion()))
                .isInstanceOf(BackupException.class).hasMessageContainingAll(messageParts);
        assertThat(DatabaseSnapshot.of(target.dataSource())).as("the instance after the refusal").isEqualTo(before);
    }

    private byte[] edited(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) JSON.readTree(file);
        change.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    private static byte[] withoutProperty(byte[] json, String property) {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        root.remove(property);
        return JSON.writeValueAsBytes(root);
    }

    private static ObjectNode tables(ObjectNode root) {
        return (ObjectNode) root.get("tables");
    }

    private static ObjectNode table(ObjectNode root, String name) {
        return (ObjectNode) tables(root).get(name);
    }

    private static int columnIndex(ObjectNode table, String column) {
        List<String> columns = table.get("columns").valueStream().map(JsonNode::asString).toList();
        return columns.indexOf(column);
    }
}
