package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void queryWordsAreCutToARoughStemSoThatFormsOfAWordMatch() {
        assertThat(ContentService.words("Cache  Queues sharding")).containsExactly("cach", "queu", "shard");
    }

    @Test
    void shortWordsStayWhole() {
        assertThat(ContentService.words("cdn dns api")).containsExactly("cdn", "dns", "api");
    }

    @Test
    void anEmptyQueryHasNoWords() {
        assertThat(ContentService.words("   ")).isEmpty();
    }
}
