package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void numbersWrittenAsWordsReadLikeDigits() {
        assertThat(Wording.words("five years")).isEqualTo(Wording.words("5 years"));
        assertThat(Wording.words("100M links")).isEqualTo(Wording.words("100 million links"));
        assertThat(Wording.words("twice the load")).isEqualTo(Wording.words("2x the load"));
    }

    @Test
    void pluralsAndEndingsShareAStem() {
        assertThat(Wording.words("caching queues batched")).isEqualTo(Wording.words("cache queue batches"));
        assertThat(Wording.words("latencies")).isEqualTo(Wording.words("latency"));
    }

    @Test
    void aTermMatchesWordsInARowAndAStarMatchesAnyEnding() {
        List<String> written = Wording.words("We publish each click asynchronously to a stream and aggregate it");

        assertThat(Wording.containsAny(written, List.of("async*"))).isTrue();
        assertThat(Wording.containsAny(written, List.of("aggregat*"))).isTrue();
        assertThat(Wording.containsAny(written, List.of("click stream"))).isFalse();
        assertThat(Wording.containsAny(written, List.of("publish click"))).isTrue();
        assertThat(Wording.containsAny(Wording.words("the code is unique"), List.of("unique*"))).isTrue();
    }

    @Test
    void percentAndPerSecondAreSpelledOut() {
        assertThat(Wording.words("99.9%")).containsExactly("99", "9", "percent");
        assertThat(Wording.words("40/s")).containsExactly("40", "per", "second");
    }
}
