package org.designcoach.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupTableOrderTest {

    @Test
    void everyTableComesAfterTheTablesItRefersTo() {
        var order = TableOrder.parentsFirst(Map.of(
                "cohort_learner", Set.of("cohort", "user_account"),
                "cohort", Set.of(),
                "user_account", Set.of(),
                "review", Set.of("practice_session", "user_account"),
                "practice_session", Set.of("user_account")));

        assertThat(order).containsExactly("cohort", "user_account", "cohort_learner", "practice_session", "review");
    }

    @Test
    void aTableThatRefersToItselfDoesNotBlockTheOrder() {
        assertThat(TableOrder.parentsFirst(Map.of("comment", Set.of("comment", "user_account"),
                "user_account", Set.of()))).containsExactly("user_account", "comment");
    }

    @Test
    void tablesThatReferToEachOtherInACycleAreRefusedByName() {
        assertThatThrownBy(() -> TableOrder.parentsFirst(Map.of(
                "a", Set.of("b"), "b", Set.of("a"), "c", Set.of())))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("a, b")
                .hasMessageContaining("cycle");
    }
}
