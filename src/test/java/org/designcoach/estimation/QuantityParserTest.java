package org.designcoach.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    @ParameterizedTest(name = "''{0}'' is {2} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100            |        | 100
            2.5e6          |        | 2500000
            2.5E6          |        | 2500000
            1e-3           |        | 0.001
            1e+3           |        | 1000
            1,200          |        | 1200
            1,200,000      |        | 1200000
            1_000          |        | 1000
            1_000_000      |        | 1000000
            1,000.5        |        | 1000.5
            '  40  '       |        | 40
            .5             |        | 0.5
            5.             |        | 5
            0              |        | 0
            0.0            |        | 0
            +7             |        | 7
            007            |        | 7
            1k             |        | 1000
            1K             |        | 1000
            1.2k           |        | 1200
            1.2 k          |        | 1200
            100M           |        | 100000000
            100 M          |        | 100000000
            6G             |        | 6000000000
            3.5T           |        | 3500000000000
            2 thousand     |        | 2000
            2 Thousand     |        | 2000
            6 million      |        | 6000000
            6 billion      |        | 6000000000
            6 BILLION      |        | 6000000000
            6 bn           |        | 6000000000
            3.5 trillion   |        | 3500000000000
            99.9 %         |        | 0.999
            99.9%          |        | 0.999
            50 percent     |        | 0.5
            10x            |        | 10
            10 x           |        | 10
            3×             |        | 3
            5 times        |        | 5
            100 requests   |        | 100
            1 request      |        | 1
            100 req        |        | 100
            6 billion records |     | 6000000000
            6G links       |        | 6000000000
            20 users       |        | 20
            3 queries      |        | 3
            1 query        |        | 1
            5 pushes       |        | 5
            2M devices     |        | 2000000
            5k tenants     |        | 5000
            40 /s          | /s     | 40
            40/s           | /s     | 40
            40 / s         | /s     | 40
            1.2k/s         | /s     | 1200
            1.2k /s        | /s     | 1200
            40 QPS         | /s     | 40
            40 qps         | /s     | 40
            40 RPS         | /s     | 40
            40 TPS         | /s     | 40
            1.2k QPS       | /s     | 1200
            1.2kQPS        | /s     | 1200
            40 req/s       | /s     | 40
            40 requests/s  | /s     | 40
            40 requests per second | /s | 40
            40 per second  | /s     | 40
            40 events/s    | /s     | 40
            40 events/sec  | /s     | 40
            40 messages/s  | /s     | 40
            40 writes/s    | /s     | 40
            40 reads/s     | /s     | 40
            60 /min        | /min   | 60
            60 /min        | /s     | 1
            3600 /h        | /s     | 1
            86400 /day     | /s     | 1
            100M /month    | /month | 100000000
            100M/month     | /month | 100000000
            100M /month    | /s     | 38.58024691358025
            1 /year        | /day   | 0.0027397260273972603
            1M /day        | /day   | 1000000
            500 /day       | /day   | 500
            20k /day       | /day   | 20000
            63 /h          | /h     | 63
            1 /week        | /day   | 0.14285714285714285
            5 ms           | s      | 0.005
            5 s            | s      | 5
            5 sec          | s      | 5
            5 secs         | s      | 5
            1 second       | s      | 1
            5 seconds      | s      | 5
            10 min         | s      | 600
            10 mins        | s      | 600
            1 minute       | s      | 60
            10 minutes     | s      | 600
            8 h            | s      | 28800
            8 hr           | s      | 28800
            8 hrs          | s      | 28800
            1 hour         | s      | 3600
            8 hours        | s      | 28800
            1 day          | s      | 86400
            30 days        | s      | 2592000
            1 week         | day    | 7
            2 weeks        | day    | 14
            1 month        | day    | 30
            12 months      | day    | 360
            1 year         | day    | 365
            5 years        | year   | 5
            5 yr           | year   | 5
            5 yrs          | year   | 5
            2.5M s         | s      | 2500000
            2.5Ms          | s      | 2500000
            2.5M s/month   | s/month | 2500000
            2.5M s/month   |        | 0.9645061728395061
            86400 s/day    |        | 1
            12 month/year  | month/year | 12
            8 h/day        | h/day  | 8
            500 B          | B      | 500
            500 bytes      | B      | 500
            1 byte         | B      | 1
            1 KB           | B      | 1000
            1 kB           | B      | 1000
            5 MB           | B      | 5000000
            1 GB           | B      | 1000000000
            3 TB           | B      | 3000000000000
            3 TB           | GB     | 3000
            1 PB           | TB     | 1000
            1 KiB          | B      | 1024
            1 MiB          | B      | 1048576
            1 GiB          | B      | 1073741824
            1 TiB          | B      | 1099511627776
            1 kilobyte     | B      | 1000
            2 gigabytes    | GB     | 2
            3 terabytes    | TB     | 3
            8 b            | B      | 1
            8 bits         | B      | 1
            1 bit          | B      | 0.125
            8 Kb           | B      | 1000
            8 Mb           | B      | 1000000
            8 Gb           | B      | 1000000000
            1 megabit      | B      | 125000
            8 bps          | B/s    | 1
            8 kbps         | B/s    | 1000
            8 Kbps         | B/s    | 1000
            5 Mbps         | KB/s   | 625
            1 Gbps         | MB/s   | 125
            1000 Gbps      | GB/s   | 125
            1 Tbps         | Gbps   | 1000
            1 MBps         | B/s    | 1000000
            200 KB/s       | KB/s   | 200
            200 KB/s       | B/s    | 200000
            200 KB/sec     | KB/s   | 200
            40 MB/s        | MB/s   | 40
            2 GB/day       | GB/day | 2
            20 TB/day      | TB/day | 20
            173 GB/day     | B/s    | 2002314.8148148148
            1 TB/s         | GB/s   | 1000
            1 GB per day   | GB/day | 1
            3 TB per year  | TB/year | 3
            1 s/month      |        | 3.858024691358025E-7
            1 month/year   |        | 0.0821917808219178
            1k /day        | /day   | 1000
            167 h          | h      | 167
            """)
    void readsWhatPeopleType(String text, String unit, double expected) {
        Quantity quantity = QuantityParser.parse(text);

        assertThat(quantity.in(unit == null ? "" : unit)).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            40            | NONE
            40 %          | NONE
            40 /s         | RATE
            40 QPS        | RATE
            1M /day       | RATE
            3 TB          | DATA
            3 Tb          | DATA
            5 min         | TIME
            2.5M s        | TIME
            200 KB/s      | DATA_RATE
            5 Mbps        | DATA_RATE
            2 GB/day      | DATA_RATE
            2.5M s/month  | NONE
            12 month/year | NONE
            """)
    void givesEachTextItsKindOfQuantity(String text, String dimension) throws Exception {
        Dimension expected = (Dimension) Dimension.class.getField(dimension).get(null);

        assertThat(QuantityParser.parse(text).dimension()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""             | empty
            "   "          | empty
            -5             | never negative
            -5 /s          | never negative
            "- 5"          | never negative
            −5             | never negative
            -0.5 TB        | never negative
            -.5            | never negative
            1e400          | too large
            1e308 TB       | too large
            1e309          | too large
            1e-400         | too small to be a real estimate
            2.5e-999 TB    | rounds to zero
            12 parsecs     | 'parsecs' is not a unit Design Coach knows
            12 parsecs     | Use s, min, h, day
            12 apples      | 'apples' is not a unit
            40 /fortnight  | 'fortnight' is not a unit
            40 furlongs/s  | 'furlongs' is not a unit
            3 TB/s/s       | 'TB/s/s' has more than one '/'
            3T B/s/s       | 'B/s/s' has more than one '/'
            5 M parsecs    | 'parsecs' is not a unit
            5k apples/s    | 'apples' is not a unit
            3 TB//s        | more than one '/'
            1/2/3          | more than one '/'
            40 per s per s | more than one '/'
            3 TB/          | ends with '/'
            40 per         | ends with '/'
            abc            | does not start with a number
            TB             | does not start with a number
            /s             | does not start with a number
            k              | does not start with a number
            --5            | does not start with a number
            +-5            | does not start with a number
            ++5            | does not start with a number
            e5             | does not start with a number
            .              | does not start with a number
            ","            | does not start with a number
            x10            | does not start with a number
            $40            | does not start with a number
            12..5          | not a number Design Coach can read
            1.2.3          | not a number Design Coach can read
            1e             | not a number Design Coach can read
            1e+            | not a number Design Coach can read
            1e-            | not a number Design Coach can read
            1E             | not a number Design Coach can read
            "1,2"          | not a number Design Coach can read
            "1,20"         | not a number Design Coach can read
            "1,2000"       | not a number Design Coach can read
            "1,000,00"     | not a number Design Coach can read
            "1,,000"       | not a number Design Coach can read
            1__000         | not a number Design Coach can read
            1_00           | not a number Design Coach can read
            "1000,000"     | not a number Design Coach can read
            "1,000_000"    | 1000000
            1e5.5          | not a number Design Coach can read
            5 kb           | ambiguous
            5 gb           | ambiguous
            5 mb           | ambiguous
            5 tb           | ambiguous
            5 pb           | ambiguous
            5 mB           | ambiguous
            5 m            | Write min for minutes or M for millions
            5m             | Write min for minutes or M for millions
            5 k M          | multiplies a number
            5 M M          | multiplies a number
            5 TB k         | multiplies a number
            5 million billion | multiplies a number
            40 B B B       | 40
            40 s ms        | 40
            """)
    void refusesWhatIsNotAQuantityAndSaysWhy(String text, String message) {
        if (message.matches("\\d+")) {
            // Products of units are odd but well defined; the test pins that they parse.
            assertThat(QuantityParser.parse(text).value()).isPositive();
            return;
        }
        assertThatThrownBy(() -> QuantityParser.parse(text)).isInstanceOf(QuantityException.class)
                .hasMessageContaining(message);
    }
}
