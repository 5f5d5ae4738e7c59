package org.designcoach.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    private static Quantity q(String text) {
        return QuantityParser.parse(text);
    }

    @ParameterizedTest(name = "''{0}'' prints as ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            40              | 40
            0               | 0
            0.5             | 0.5
            0.999           | 0.999
            99.9%           | 0.999
            0.0001          | 0.0001
            1e-9            | 1e-9
            12.345          | 12.3
            999             | 999
            999.6           | 1k
            1200            | 1.2k
            1234567         | 1.23M
            6G              | 6G
            3521614606208   | 3.52T
            1e18            | 1E
            1.5e21          | 1.5e21
            40 /s           | 40 /s
            1.2k /s         | 1.2k /s
            100M /month     | 38.6 /s
            3 TB            | 3 TB
            500 B           | 500 B
            0.5 B           | 0.5 B
            1 KiB           | 1.02 KB
            1e21 B          | 1e21 B
            200 KB/s        | 200 KB/s
            5 Mbps          | 625 KB/s
            2.5M s          | 2.5M s
            10 min          | 600 s
            2 GB/day        | 23.1 KB/s
            """)
    void formatsWithTwoOrThreeSignificantDigitsAndAPrefix(String text, String expected) {
        assertThat(q(text).format()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' in {1} prints as ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            173M /day   | /day   | 173M /day
            2k /s       | /day   | 173M /day
            10000 min   | h      | 167 h
            62.5 /h     | /h     | 62.5 /h
            3 TB        | TB     | 3 TB
            3 TB        | GB     | 3k GB
            1 Tbps      | Gbps   | 1k Gbps
            40          | ''     | 40
            """)
    void formatsInTheUnitACaseUses(String text, String unit, String expected) {
        assertThat(q(text).format(unit)).isEqualTo(expected);
    }

    @Test
    void unusualDimensionsGetAGeneralUnitName() {
        assertThat(q("3 s").times(q("3 s")).format()).isEqualTo("9 s^2");
        assertThat(q("1 /s").dividedBy(q("1 s")).format()).isEqualTo("1 /s^2");
        assertThat(q("2 B").times(q("3 s")).format()).isEqualTo("6 B·s");
        assertThat(q("1 B").times(q("1 B")).dividedBy(q("1 s")).format()).isEqualTo("1 B^2/s");
    }

    @Test
    void addsAndSubtractsOnlyTheSameKind() {
        assertThat(q("1 TB").plus(q("500 GB"))).isEqualTo(q("1.5 TB"));
        assertThat(q("1 h").minus(q("30 min"))).isEqualTo(q("1800 s"));
        assertThatThrownBy(() -> q("1 TB").plus(q("1 /s"))).isInstanceOf(QuantityException.class)
                .hasMessageContaining("Cannot add 1 TB and 1 /s").hasMessageContaining("different kinds");
    }

    @Test
    void multipliesAndDividesUnitsAlong() {
        assertThat(q("400 /s").times(q("500 B"))).isEqualTo(q("200 KB/s"));
        assertThat(q("6G").times(q("500 B")).in("TB")).isEqualTo(3.0);
        assertThat(q("3 TB").dividedBy(q("1 TB")).isDimensionless()).isTrue();
        assertThatThrownBy(() -> q("3 TB").dividedBy(q("0 s"))).hasMessageContaining("Cannot divide by zero");
    }

    @Test
    void raisesPlainNumbersToAnyPowerAndUnitsToWholePowers() {
        assertThat(q("62").pow(7).value()).isEqualTo(3_521_614_606_208.0);
        assertThat(q("2 s").pow(q("2"))).isEqualTo(q("4 s").times(q("1 s")));
        assertThat(q("4").pow(q("0.5"))).isEqualTo(q("2"));
        assertThatThrownBy(() -> q("4 s").pow(q("0.5"))).hasMessageContaining("fractional power");
        assertThatThrownBy(() -> q("4").pow(q("2 s"))).hasMessageContaining("must be a plain number");
    }

    @Test
    void tellsWhetherTwoQuantitiesCanBeCompared() {
        assertThat(q("40 /s").isCompatibleWith(q("100M /month"))).isTrue();
        assertThat(q("40 /s").isCompatibleWith(q("40"))).isFalse();
        assertThat(q("3 TB").isCompatibleWith(q("24 Tb"))).isTrue();
    }

    @Test
    void convertsOnlyToAUnitOfTheSameKind() {
        assertThat(q("1 day").in("h")).isEqualTo(24.0);
        assertThat(q("2.5M s/month").in("s/month")).isEqualTo(2_500_000.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThatThrownBy(() -> q("3 TB").in("/s")).isInstanceOf(QuantityException.class)
                .hasMessageContaining("Cannot give 3 TB in /s");
        assertThatThrownBy(() -> q("3 TB").in("parsecs")).hasMessageContaining("'parsecs' is not a unit");
    }

    @Test
    void neverHoldsAnInfiniteOrUndefinedValue() {
        assertThatThrownBy(() -> new Quantity(Double.POSITIVE_INFINITY, Dimension.NONE))
                .isInstanceOf(QuantityException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> new Quantity(Double.NaN, Dimension.NONE)).isInstanceOf(QuantityException.class);
        assertThat(new Quantity(-0.0, Dimension.NONE)).isEqualTo(Quantity.number(0));
    }
}
