package org.designcoach.session;

import java.util.List;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.designcoach.session.SessionAnswers.TradeOffAnswer;

/** Written answers for the URL shortener as a strong candidate would give them, for the judge's tests. */
final class WrittenAnswers {

    private WrittenAnswers() {
    }

    static DeepDiveAnswer clicks() {
        return new DeepDiveAnswer("clicks", "Recording every click without making the redirect slower or less reliable",
                List.of("Increment a counter row in PostgreSQL on each redirect",
                        "Emit a click event to Kafka and count it later"),
                "Emit a click event to Kafka and count it in a consumer",
                "A counter row per link becomes a hot row under a viral link and every redirect would wait on a "
                        + "write lock; with the event the redirect returns at once and analytics can lag a minute",
                "The API publishes code, timestamp and country asynchronously, fire and forget; a consumer group "
                        + "aggregates per minute in batches of a few thousand and inserts the totals into ClickHouse",
                "If Kafka is down we drop the events and count the drops in a metric rather than fail redirects; a "
                        + "consumer restart replays some events, so counts are approximate unless we deduplicate "
                        + "by event id");
    }

    static DeepDiveAnswer codes() {
        return new DeepDiveAnswer("api", "Every API server must hand out short codes that are unique and hard to guess",
                List.of("A global sequence encoded in base62", "Seven random base62 characters"),
                "Seven random base62 characters per link",
                "Random codes need no coordination between servers and cannot be enumerated like a sequence; "
                        + "62 to the power 7 is about 3.5 trillion codes against 6 billion links",
                "Generate a code, check a Bloom filter in Redis, insert with a unique constraint on the code column "
                        + "in PostgreSQL, and on a violation generate again",
                "Two servers picking the same code at once: the unique constraint rejects one and it retries; a "
                        + "lost Bloom filter is rebuilt from the table while the constraint keeps us safe");
    }

    static DeepDiveAnswer caching() {
        return new DeepDiveAnswer("cache", "1,200 redirects per second at peak must answer within 100 ms",
                List.of("Cache-aside in Redis", "Read replicas only"),
                "Redis cache-aside with a 24 h TTL, and CloudFront in front for the most popular links",
                "With a 99 % hit ratio the database sees only about 4 reads per second",
                "Key is the code, value the long URL; on a miss read PostgreSQL and fill the cache; deleting a link "
                        + "deletes the key and purges the CDN path",
                "A cache flush sends every read to the database until it warms up, so we rate-limit refills; a viral "
                        + "link is a hot key that the CDN edge absorbs");
    }

    static List<TradeOffAnswer> urlShortenerTradeOffs() {
        return List.of(new TradeOffAnswer("Aurora PostgreSQL rather than DynamoDB",
                        "Plain SQL and a relational model everyone on the team knows",
                        "A single writer scales vertically only and schema changes need care",
                        "About 40 writes per second is far inside one writer's limits"),
                new TradeOffAnswer("Redis in front of the database for redirects",
                        "Lookups under a millisecond and only 1 % of reads reach the database",
                        "Invalidation work when a link changes and another system to run",
                        "Links rarely change and a 24 h TTL bounds how stale a redirect can be"));
    }
}
