package org.designcoach.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.designcoach.content.CaseStudy.KeyPoint;
import org.jspecify.annotations.Nullable;

/**
 * Judges a written answer (a deep dive or a trade-off) on what it says, as an interviewer would:
 * which of the key points of the closest topic of the case it makes, and how specific it is (a named
 * technology, a figure with its unit, a failure case or the price paid). Filling every box earns
 * nothing by itself: a word or a placeholder per field scores zero and says why. Plain Java.
 */
final class AnswerJudge {

    /** The share of the score for the key points; the rest is three checks of specificity. */
    static final int KEY_POINTS = 70;
    static final int PER_SPECIFIC = 10;
    /** A field says something when it has at least this many meaningful words. */
    static final int SUBSTANTIVE_WORDS = 3;
    /** Below this many meaningful words in all, a deep dive is too short to earn its full score. */
    static final int FULL_DEEP_DIVE_WORDS = 20;
    /** A trade-off is four short fields: fewer words make a full answer. */
    static final int FULL_TRADE_OFF_WORDS = 12;

    private static final Set<String> PLACEHOLDERS = Stream.of("ok", "okay", "none", "nothing", "na", "tbd", "tba",
            "tbc", "todo", "idk", "dunno", "yes", "no", "fine", "good", "fast", "same", "etc", "test", "asdf",
            "qwerty", "xxx", "foo", "bar", "lorem", "ipsum", "whatever", "nil", "null", "blah", "stuff", "thing",
            "various", "unknown", "later", "maybe", "easy", "simple", "scalable", "stuff", "see", "above", "below")
            .map(Wording::stem).collect(Collectors.toUnmodifiableSet());
    private static final List<String> BUILT_IN_TECHNOLOGIES = List.of("redis", "memcached", "kafka", "kinesis",
            "rabbitmq", "sqs", "sns", "eventbridge", "pub sub", "pubsub", "postgresql", "postgres", "mysql", "aurora",
            "rds", "dynamodb", "cassandra", "mongodb", "clickhouse", "elasticsearch", "opensearch", "s3", "gcs",
            "cloudfront", "cloudflare", "akamai", "fastly", "nginx", "haproxy", "envoy", "alb", "nlb", "istio",
            "linkerd", "kubernetes", "k8 s", "eks", "ecs", "lambda", "fargate", "prometheus", "grafana", "datadog",
            "jaeger", "loki", "opentelemetry", "x ray", "vault", "secrets manager", "terraform", "argocd",
            "argo rollouts", "github actions", "jenkins", "flink", "spark", "timescaledb", "influxdb", "snowflake",
            "bigquery", "stripe", "twilio", "sendgrid", "ses", "firebase", "apns", "fcm", "backstage", "crossplane",
            "opa", "gatekeeper", "trivy", "snyk", "tfsec", "sagemaker", "kubecost", "hls", "dash", "parquet",
            "zookeeper", "etcd", "bloom filter", "hyperloglog", "mqtt", "grpc", "waf", "kms", "iam", "jwt", "oauth",
            "mtls", "debezium", "pgbouncer", "route 53", "cloudwatch", "pagerduty", "sentry", "helm", "docker",
            "ecr", "spot", "graviton", "ffmpeg", "webrtc", "websocket");
    private static final List<String> FAILURE_TERMS = List.of("fail*", "outage", "down", "crash*", "die", "dies",
            "dead", "lost", "lose", "loss", "timeout*", "time out", "retr*", "duplicat*", "overload*", "partition*",
            "unavailab*", "degrad*", "fallback", "fall back", "circuit breaker", "split brain", "hot key", "stampede",
            "thundering herd", "backpressure", "back pressure", "lag*", "flood*", "spike*", "corrupt*", "rollback",
            "roll back", "replay*", "poison", "dead letter", "dlq", "stale*", "race", "conflict*", "collision*",
            "evict*", "leak*", "throttl*", "disaster", "broken", "break*", "interrupt*", "exhaust*", "revok*");
    private static final Set<String> UNITS = Stream.of("ms", "millisecond", "s", "sec", "second", "minute", "min",
            "hour", "h", "hr", "day", "d", "week", "month", "year", "y", "yr", "percent", "kb", "mb", "gb", "tb",
            "pb", "byte", "bit", "gbps", "mbps", "tbps", "k", "m", "b", "t", "qps", "rps", "tps", "request", "write",
            "read", "click", "message", "event", "user", "x", "time", "node", "replica", "instance", "shard",
            "partition", "server", "core", "vcpu", "character", "char", "usd", "dollar", "eur", "euro", "link",
            "record", "row", "item", "device", "pod", "task", "zone", "region", "az", "worker", "connection", "call",
            "transfer", "payment", "order", "job", "hit", "miss", "per", "copy", "rendition", "segment", "tenant",
            "customer", "notification", "recipient", "attempt", "version", "build", "developer", "team", "service")
            .map(Wording::stem).collect(Collectors.toUnmodifiableSet());

    /** A topic of the case to read an answer against: a deep-dive topic or a trade-off. */
    record Topic(String title, List<KeyPoint> keyPoints) {
    }

    /** What the fourth check of specificity asks of the kind of answer. */
    enum Kind {
        /** A failure case: what breaks and what happens then. */
        DEEP_DIVE,
        /** The price: a con that says what the decision costs. */
        TRADE_OFF
    }

    private final List<List<String>> technologies;
    private final Function<String, String> conceptTitles;

    /**
     * @param technologyNames names the content knows (the catalog's), besides the built-in list
     * @param conceptTitles the title of a concept page by its id
     */
    AnswerJudge(Collection<String> technologyNames, Function<String, String> conceptTitles) {
        this.conceptTitles = conceptTitles;
        technologies = Stream.concat(BUILT_IN_TECHNOLOGIES.stream(), technologyNames.stream())
                .map(Wording::termWords).filter(words -> !words.isEmpty()).distinct().toList();
    }

    /**
     * @param fields the answer's fields in order; for a trade-off: decision, pro, con, accepted because
     * @param topics what the case holds on the subject; the answer is read against the closest one
     */
    AnswerVerdict judge(Stage stage, String answerName, List<String> fields, List<Topic> topics, Kind kind) {
        List<List<String>> fieldWords = fields.stream().map(f -> Wording.words(f == null ? "" : f)).toList();
        List<String> all = fieldWords.stream().flatMap(List::stream).toList();
        Topic topic = closest(all, topics);
        List<KeyPoint> points = topic == null ? List.of() : topic.keyPoints();
        List<AnswerVerdict.Point> made = new ArrayList<>();
        List<AnswerVerdict.Point> missed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (fieldWords.stream().noneMatch(AnswerJudge::substantive)) {
            points.forEach(p -> missed.add(point(p)));
            reasons.add(placeholderReason(fields));
            return new AnswerVerdict(stage, answerName, title(topic), 0, reasons, made, missed);
        }
        points.forEach(p -> (Wording.containsAny(all, p.terms()) ? made : missed).add(point(p)));
        if (topic == null) {
            reasons.add("Makes none of the key points of this case's topics ("
                    + topics.stream().map(Topic::title).collect(Collectors.joining("; "))
                    + "): only its specifics count.");
        }
        boolean technology = technologies.stream().anyMatch(t -> Wording.contains(all, t));
        boolean figure = hasFigure(all);
        boolean fourth = kind == Kind.DEEP_DIVE ? Wording.containsAny(all, FAILURE_TERMS)
                : fieldWords.size() > 2 && substantive(fieldWords.get(2));
        if (!technology) {
            reasons.add("No technology named: say which one (Redis, Kafka, PostgreSQL…) and why it fits.");
        }
        if (!figure) {
            reasons.add("No figure with a unit: a size, a rate or a time (\"1,200 requests per second\", \"TTL 24 h\").");
        }
        if (!fourth) {
            reasons.add(kind == Kind.DEEP_DIVE ? "No failure case: say what breaks and what happens then."
                    : "No price named: the con should say in a few words what the decision costs.");
        }
        double share = points.isEmpty() ? 0 : made.size() / (double) points.size();
        double score = KEY_POINTS * share + PER_SPECIFIC * (count(technology) + count(figure) + count(fourth));
        long words = all.stream().filter(AnswerJudge::meaningful).count();
        int full = kind == Kind.DEEP_DIVE ? FULL_DEEP_DIVE_WORDS : FULL_TRADE_OFF_WORDS;
        if (words < full) {
            score = score * words / full;
            reasons.add("Short: " + words + " meaningful words. A strong answer explains how and why in a few "
                    + "sentences.");
        }
        List<String> nothing = placeholderFields(fields);
        if (!nothing.isEmpty()) {
            reasons.add("Entries that say nothing were not counted: " + quoted(nothing) + ".");
        }
        return new AnswerVerdict(stage, answerName, title(topic), (int) Math.round(score), reasons, made, missed);
    }

    /** The topic whose key points the words make the largest share of; none when they make none at all. */
    static @Nullable Topic closest(List<String> words, List<Topic> topics) {
        Topic best = null;
        double bestShare = 0;
        for (Topic topic : topics) {
            if (topic.keyPoints().isEmpty()) {
                continue;
            }
            long hits = topic.keyPoints().stream().filter(p -> Wording.containsAny(words, p.terms())).count();
            double share = hits / (double) topic.keyPoints().size();
            if (share > bestShare) {
                best = topic;
                bestShare = share;
            }
        }
        return best;
    }

    /** Whether a field of the answer says something: enough words that are not placeholders. */
    static boolean substantive(List<String> words) {
        return words.stream().filter(AnswerJudge::meaningful).count() >= SUBSTANTIVE_WORDS;
    }

    static boolean substantive(String text) {
        return text != null && substantive(Wording.words(text));
    }

    /** How many words of the text are neither filler nor placeholders. */
    static long meaningfulWords(String text) {
        return Wording.words(text).stream().filter(AnswerJudge::meaningful).count();
    }

    private static boolean meaningful(String word) {
        return !PLACEHOLDERS.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)));
    }

    private static boolean hasFigure(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.matches("p\\d+|\\d+x")) {
                return true;
            }
            if (word.chars().allMatch(Character::isDigit) && i + 1 < words.size() && UNITS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String placeholderReason(List<String> fields) {
        List<String> typed = fields.stream().filter(f -> f != null && !f.isBlank()).toList();
        if (typed.isEmpty()) {
            return "Nothing written, so nothing to judge.";
        }
        return "Nothing to judge: every entry is a word or two or a placeholder (" + quoted(typed) + "). Say what you "
                + "would do, how it works and what fails, in sentences.";
    }

    /** Fields typed but made only of placeholders ("ok", "n/a", "tbd"). */
    private static List<String> placeholderFields(List<String> fields) {
        return fields.stream().filter(f -> f != null && !f.isBlank())
                .filter(f -> Wording.words(f).stream().noneMatch(AnswerJudge::meaningful)).toList();
    }

    private static String quoted(List<String> typed) {
        return typed.stream().map(String::strip).map(t -> t.length() > 30 ? t.substring(0, 29) + "…" : t)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().map(t -> "\"" + t + "\"")
                .collect(Collectors.joining(", "));
    }

    AnswerVerdict.Point point(KeyPoint keyPoint) {
        return new AnswerVerdict.Point(keyPoint.point(), keyPoint.concept(), conceptTitles.apply(keyPoint.concept()));
    }

    private static @Nullable String title(@Nullable Topic topic) {
        return topic == null ? null : topic.title();
    }

    private static int count(boolean check) {
        return check ? 1 : 0;
    }
}
