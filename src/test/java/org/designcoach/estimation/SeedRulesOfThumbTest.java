package org.designcoach.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of thumb and worked figure of seeds 003 and 004, typed as the seed writes it with its
 * {@code =} or {@code ≈}, agrees with the seed's own figure: the left side, read as people read it,
 * is of the right side's kind and within 15% (the tolerance worksheets are checked with).
 * Where the seed leaves a unit to the line before, the line here carries it.
 */
class SeedRulesOfThumbTest {

    @ParameterizedTest(name = "[{1}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1 day = 86,400 seconds                                  | 003 time
            86,400 seconds ≈ 100K seconds                           | 003 time
            1 month ≈ 2.5 million seconds                           | 003 time
            1 million requests/day ≈ 12 QPS                         | 003 scale
            1 billion requests/day ≈ 12,000 QPS                     | 003 scale
            1B requests/day ≈ 12K QPS                               | issue 14
            1 char = 1 byte                                         | 003 storage
            1,000 characters × 1 byte ≈ 1 KB                        | 003 storage
            1 MB ≈ 1,000 KB                                         | 003 storage
            1 GB ≈ 1,000 MB                                         | 003 storage
            1 TB ≈ 1,000 GB                                         | 003 storage
            1 PB ≈ 1,000 TB                                         | 003 storage
            1 million records × 1 KB each = 1 GB                    | 003 storage
            1 billion records × 1 KB each = 1 TB                    | 003 storage
            1B records × 1 KB = 1 TB                                | issue 14
            1 Gbps = 125 MB/sec                                     | 003 bandwidth
            100 MB response × 1000 QPS = 100 GB/sec                 | 003 bandwidth
            100M / (30 days × 86,400 sec) ≈ 40 QPS                  | 003 URL shortener writes
            100M / 2.5M ≈ 40                                        | 003 URL shortener writes
            40 × 10 = 400 QPS                                       | 003 URL shortener reads
            400 QPS × 3 = 1,200 QPS                                 | 003 URL shortener peak
            100M × 12 months × 5 years × 500 bytes = 3 TB           | 003 URL shortener storage
            6 billion records × 500 bytes = 3 TB                    | 003 URL shortener storage
            400 QPS × 500 bytes = 200 KB/sec                        | 003 URL shortener bandwidth
            400 QPS × (1 - 99%) = 4 QPS                             | 003 cache hit rate
            62^7 = 3.5 trillion                                     | 003 short codes
            100M / month = ~3.3M / day                              | 004 writes
            3.3M / day = ~38 / second                               | 004 writes
            38 / second × 5 = ~190 / second                         | 004 writes at peak
            1B / month = ~33M / day                                 | 004 reads
            33M / day = ~380 / second                               | 004 reads
            380 / second × 5 = ~1,900 / second                      | 004 reads at peak
            100M * 12 months * 5 years = 6 billion URLs             | 004 storage
            6B * 500B = 3 TB                                        | 004 storage
            380 req/s * 500B = 190 KB/s                             | 004 bandwidth
            62^7 = 3.5 trillion                                     | 004 short codes
            """)
    void everyRuleOfThumbInTheSeedsGivesTheSeedsFigure(String rule, String source) {
        Calculator.Evaluation evaluation = Calculator.work(rule, Map.of(), null);

        assertThat(evaluation.claimed()).isNotNull();
        assertThat(evaluation.agrees(0.15)).as(rule + " gives " + evaluation.value().format() + ", read: "
                + evaluation.readings()).isTrue();
    }
}
