package org.designcoach.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalculatorTest {

    private static final Map<String, Quantity> URL_SHORTENER = Map.of(
            "newLinksPerMonth", QuantityParser.parse("100M /month"),
            "readsPerWrite", QuantityParser.parse("10"),
            "peakFactor", QuantityParser.parse("3"),
            "recordSize", QuantityParser.parse("500 B"),
            "retentionYears", QuantityParser.parse("5"),
            "codeLength", QuantityParser.parse("7"),
            "writeQps", QuantityParser.parse("40 /s"),
            "years", QuantityParser.parse("5 years"));

    private static double evaluate(String expression, String unit) {
        return Calculator.evaluate(expression, URL_SHORTENER).in(unit);
    }

    @ParameterizedTest(name = "{0} = {2} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1 + 2                              |         | 3
            1 + 2 * 3                          |         | 7
            (1 + 2) * 3                        |         | 9
            10 - 4 - 3                         |         | 3
            100 / 10 / 5                       |         | 2
            2 ^ 3 ^ 2                          |         | 512
            (2 ^ 3) ^ 2                        |         | 64
            -2 ^ 2                             |         | -4
            2 ^ -1                             |         | 0.5
            -(3 - 5)                           |         | 2
            --5                                |         | 5
            +5                                 |         | 5
            3 × 4 ÷ 2                          |         | 6
            5 − 2                              |         | 3
            2 · 3                              |         | 6
            62 ^ codeLength                    |         | 3521614606208
            62 ^ 7                             |         | 3521614606208
            4 ^ 0.5                            |         | 2
            1,200 * 2                          |         | 2400
            1.2k * 2                           |         | 2400
            1.2 k * 2                          |         | 2400
            6 billion / 2                      |         | 3000000000
            99.9% * 1000                       |         | 999
            (1 - 0.8) * 10                     |         | 2
            newLinksPerMonth / (2.5M s/month)  | /s      | 40
            100M / (30 * 86400 s)              | /s      | 38.58024691358025
            newLinksPerMonth / 2.5M s/month    | /s      | 40
            writeQps * readsPerWrite           | /s      | 400
            writeQps * readsPerWrite * peakFactor | /s   | 1200
            newLinksPerMonth * 12 month/year * retentionYears year | | 6000000000
            newLinksPerMonth * 12 month/year * years year | | 6000000000
            newLinksPerMonth * 12 month/year * (retentionYears) year | | 6000000000
            newLinksPerMonth * 12 month/year * retentionYears * 1 year | | 6000000000
            writeQps * 10 * recordSize         | KB/s    | 200
            6G * recordSize                    | TB      | 3
            30 * 86400 s                       | s       | 2592000
            86400 s/day                        |         | 1
            2k /s * 86400 s/day                | /day    | 172800000
            1M /day / (86400 s/day)            | /s      | 11.574074074074074
            500 /day / (8 h/day)               | /h      | 62.5
            1M / 5 s                           | /s      | 200000
            200k /s * 200 B                    | MB/s    | 40
            40 MB/s * 30 day * 86400 s/day     | TB      | 103.68
            200k * 5 Mbps                      | Gbps    | 1000
            10M / 10 min                       | /s      | 16666.666666666668
            1000 * 10 min / 8 h                |         | 20.833333333333332
            readsPerWrite / s                  | /s      | 10
            3 TB/s/s * 1 s                     | TB/s    | 3
            (2 s) ^ 2 / 4 s                    | s       | 1
            """)
    void evaluatesFormulasWithUnits(String expression, String unit, double expected) {
        assertThat(evaluate(expression, unit == null ? "" : unit)).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                         | empty
            "   "                      | empty
            unknownThing * 2           | 'unknownThing' at character 1 is neither a known value nor a unit
            unknownThing * 2           | Known names: codeLength, newLinksPerMonth
            1 / 0                      | Cannot divide by zero
            recordSize / (1 - 1)       | Cannot divide by zero
            0 ^ -1                     | Cannot divide by zero
            3 TB + 40 /s               | Cannot add 3 TB and 40 /s
            3 TB + 40 /s               | a data size and a rate (per time) are different kinds
            3 TB - 1                   | Cannot subtract
            2 ^ recordSize             | must be a plain number
            recordSize ^ 0.5           | Only a plain number can be raised to a fractional power
            (0 - 4) ^ 0.5              | negative number has no real fractional power
            10 ^ 400                   | too large to be a real estimate
            1e308 * 10                 | too large to be a real estimate
            (1 + 2                     | never closed
            1 + 2)                     | closes a parenthesis that was never opened
            1 2                        | Put an operator
            1 +                        | ends too early
            * 3                        | Unexpected '*' at character 1
            1 + * 3                    | Unexpected '*' at character 5
            ()                         | Unexpected ')'
            2 # 3                      | '#' at character 3 is not part of an expression
            12..5 * 2                  | '12..5' is not a number
            1e + 2                     | '1e' is not a number
            recordSize day             | 'recordSize' is 500 B, which cannot be read as day
            s ^ 100                    | gives units no estimate uses
            (s ^ 20) * (s ^ 20)        | are not an estimate
            s ^ 1e10                   | gives units no estimate uses
            1B * (2                    | '(' at character 6 is never closed
            = 3 TB                     | Unexpected '=' at character 1
            3 TB =                     | Nothing follows the '=' at character 6
            10 per                     | 'per' at character 4 needs a unit after it
            5 parsecs per day          | 'parsecs' at character 3 follows a value but is not a unit
            """)
    void refusesBadFormulasWithAMessage(String expression, String message) {
        assertThatThrownBy(() -> Calculator.evaluate(expression, URL_SHORTENER)).isInstanceOf(QuantityException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aFormulaLongerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> Calculator.evaluate("1 + ".repeat(200) + "1", Map.of()))
                .isInstanceOf(QuantityException.class).hasMessageContaining("longer than 500 characters");
    }

    @Test
    void deepNestingIsRefusedBeforeTheStackSuffers() {
        assertThat(Calculator.evaluate("(".repeat(50) + "1" + ")".repeat(50), Map.of())).isEqualTo(Quantity.number(1));
        assertThatThrownBy(() -> Calculator.evaluate("(".repeat(51) + "1" + ")".repeat(51), Map.of()))
                .isInstanceOf(QuantityException.class).hasMessageContaining("more than 50 levels");
        assertThatThrownBy(() -> Calculator.evaluate("-".repeat(60) + "1", Map.of()))
                .hasMessageContaining("more than 50 levels");
        assertThatThrownBy(() -> Calculator.evaluate("1" + " ^ 1".repeat(60), Map.of()))
                .hasMessageContaining("more than 50 levels");
    }

    @Test
    void anUnknownNameWithoutAnyValuesSaysToWriteNumbers() {
        assertThatThrownBy(() -> Calculator.evaluate("foo", Map.of())).hasMessageContaining("no named values");
    }

    @Test
    void aNameWinsOverTheUnitOfTheSameSpelling() {
        assertThat(Calculator.evaluate("3 * h", Map.of("h", Quantity.number(2)))).isEqualTo(Quantity.number(6));
        assertThat(Calculator.evaluate("3 * h", Map.of()).dimension()).isEqualTo(Dimension.TIME);
    }

    @Test
    void theResultKeepsItsDimensionSoAWrongFormulaShows() {
        Quantity storage = Calculator.evaluate("newLinksPerMonth * recordSize", URL_SHORTENER);

        assertThat(storage.dimension()).isEqualTo(Dimension.DATA_RATE);
        assertThat(storage.isCompatibleWith(QuantityParser.parse("3 TB"))).isFalse();
    }

    @Test
    void aBThatReadsTwoWaysSaysHowItWasRead() {
        Calculator.Evaluation storage = Calculator.work("6B * 500B", Map.of(), null);

        assertThat(storage.value().in("TB")).isCloseTo(3, within(1e-9));
        assertThat(storage.readings()).containsExactly("'6B' is read as 6 billion", "'500B' is read as 500 bytes");
    }

    @Test
    void aBAfterASpaceIsAByteAndACountWordMakesItABillionWithoutComment() {
        Calculator.Evaluation aByte = Calculator.work("1 B", Map.of(), null);
        Calculator.Evaluation requests = Calculator.work("1B requests", Map.of(), null);

        assertThat(aByte.value()).isEqualTo(QuantityParser.parse("1 byte"));
        assertThat(aByte.readings()).isEmpty();
        assertThat(requests.value()).isEqualTo(Quantity.number(1e9));
        assertThat(requests.readings()).isEmpty();
    }

    @Test
    void theKindAskedForDecidesAGluedB() {
        assertThat(Calculator.work("500B", Map.of(), null).value()).isEqualTo(Quantity.number(5e11));
        assertThat(Calculator.work("500B", Map.of(), Dimension.DATA).value()).isEqualTo(QuantityParser.parse("500 B"));
    }

    @Test
    void durationsMultipliedTogetherAreReadAsCountsAndTheCalculatorSaysSo() {
        Calculator.Evaluation storage = Calculator.work("100M × 12 months × 5 years × 500 bytes", Map.of(), null);

        assertThat(storage.value().in("TB")).isCloseTo(3, within(1e-9));
        assertThat(storage.readings()).containsExactlyInAnyOrder(
                "'12 months' is read as the plain number 12, because durations multiplied together mean nothing in an estimate",
                "'5 years' is read as the plain number 5, because durations multiplied together mean nothing in an estimate");
    }

    @Test
    void ofTwoDurationsTheCoarserIsTheCountSoTheRateStaysPerSecond() {
        Calculator.Evaluation writes = Calculator.work("100M / (30 days × 86,400 sec)", Map.of(), null);

        assertThat(writes.value().in("/s")).isCloseTo(38.58, within(0.01));
    }

    @Test
    void anEquationThatDoesNotHoldSaysSo() {
        Calculator.Evaluation wrong = Calculator.work("1B requests/day = 1.2K QPS", Map.of(), null);
        Calculator.Evaluation right = Calculator.work("1B requests/day ≈ 12K QPS", Map.of(), null);

        assertThat(wrong.agrees(0.15)).isFalse();
        assertThat(right.agrees(0.15)).isTrue();
        assertThat(Calculator.work("1B requests/day", Map.of(), null).agrees(0.15)).as("nothing claimed").isFalse();
    }

    @Test
    void aBareLeftSideIsReadInTheUnitTheRightSideIsWrittenIn() {
        Calculator.Evaluation perDay = Calculator.work("3.3M × 30 = 100M /month", Map.of(), null);

        assertThat(perDay.value().in("/month")).isCloseTo(99e6, within(1.0));
        assertThat(perDay.agrees(0.15)).isTrue();
    }

    @Test
    void aNumberWordThatIsTheNameOfAValueIsTheValue() {
        assertThat(Calculator.evaluate("five * 2", Map.of("five", Quantity.number(6)))).isEqualTo(Quantity.number(12));
        assertThat(Calculator.evaluate("twenty-five * 2", Map.of())).isEqualTo(Quantity.number(50));
    }
}
