package org.designcoach.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.designcoach.content.CaseStudy;
import org.jspecify.annotations.Nullable;

/**
 * The interviewer of one case: finds which of the case's questions a typed question asks, or none.
 * The case's questions sit in an in-memory Lucene index (question, keywords, category and answer as
 * fields); the best few by Lucene's ranking are then weighed by confidence, the share of what was
 * asked that a question covers (rare words weigh more), blended with the share of the question's
 * own words that were asked. Below {@link #THRESHOLD} the case does not answer it.
 */
final class Interviewer {

    /** The longest question the interviewer reads; the text field holds no more either. */
    static final int MAX_QUESTION_LENGTH = 300;

    /** Calibrated on the paraphrase corpus of the tests; see docs/interviewer-accuracy.md. */
    static final double THRESHOLD = 0.35;

    /**
     * How a reading is weighed, calibrated on the corpus: the share of the confidence that comes from
     * covering what was asked (the rest from the question's own words being asked), how much a word found
     * in each field counts, and how much a word no question of the case has counts against.
     */
    record Tuning(double askedShare, double keywords, double category, double answer, double unknown,
            double cap) {

        static final Tuning CALIBRATED = new Tuning(0.9, 1.0, 0.5, 0.4, 0.7, 1.5);

        Map<String, Double> fieldWeights() {
            return Map.of("question", 1.0, "keywords", keywords, "category", category, "answer", answer);
        }
    }

    private static final int CANDIDATES = 4;

    /**
     * What the interviewer made of a question: the case question closest to it, if any, and how sure it
     * is of that; only a reading at or above the threshold is answered.
     */
    record Reading(Optional<CaseStudy.Question> closest, double confidence) {

        Optional<CaseStudy.Question> answer() {
            return confidence >= THRESHOLD ? closest : Optional.empty();
        }
    }

    private final List<CaseStudy.Question> questions;
    private final Tuning tuning;
    private final Map<String, Double> fieldWeights;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final List<Map<String, Set<String>>> fieldWords = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    Interviewer(List<CaseStudy.Question> questions, InterviewerVocabulary vocabulary) {
        this(questions, vocabulary, Tuning.CALIBRATED);
    }

    Interviewer(List<CaseStudy.Question> questions, InterviewerVocabulary vocabulary, Tuning tuning) {
        this.questions = List.copyOf(questions);
        this.tuning = tuning;
        this.fieldWeights = tuning.fieldWeights();
        this.analyzer = vocabulary.analyzer();
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (CaseStudy.Question question : this.questions) {
                writer.addDocument(document(question));
                Map<String, Set<String>> words = Map.of("question", words(question.question()), "keywords",
                        words(String.join(" . ", question.keywords())), "category", words(question.category()),
                        "answer", words(question.answer()));
                fieldWords.add(words);
                Set<String> all = new LinkedHashSet<>();
                words.values().forEach(all::addAll);
                all.forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why a question is refused before it is read, if it is. */
    static Optional<String> refusal(String typed) {
        if (typed.isBlank()) {
            return Optional.of("Type a question first.");
        }
        if (typed.length() > MAX_QUESTION_LENGTH) {
            return Optional.of("A question may have at most " + MAX_QUESTION_LENGTH + " characters; this one has "
                    + typed.length() + ". Ask one thing at a time.");
        }
        return Optional.empty();
    }

    Reading read(String typed) {
        if (refusal(typed).isPresent()) {
            return new Reading(Optional.empty(), 0);
        }
        Set<String> asked = words(typed);
        if (asked.isEmpty()) {
            return new Reading(Optional.empty(), 0);
        }
        int best = -1;
        double bestConfidence = 0;
        for (ScoreDoc hit : search(asked)) {
            double confidence = confidence(asked, hit.doc);
            if (confidence > bestConfidence) {
                best = hit.doc;
                bestConfidence = confidence;
            }
        }
        // Scores above 1 still rank (a word found in the question and its keywords beats one found in
        // the answer only); the confidence reported is capped at 1.
        return best < 0 ? new Reading(Optional.empty(), 0)
                : new Reading(Optional.of(questions.get(best)), Math.min(1, bestConfidence));
    }

    private ScoreDoc[] search(Set<String> asked) {
        var query = new BooleanQuery.Builder();
        for (String word : asked) {
            fieldWeights.forEach((field, weight) -> query.add(
                    new BoostQuery(new TermQuery(new Term(field, word)), weight.floatValue()),
                    BooleanClause.Occur.SHOULD));
        }
        try {
            return searcher.search(query.build(), CANDIDATES).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double confidence(Set<String> asked, int doc) {
        Map<String, Set<String>> words = fieldWords.get(doc);
        double covered = 0;
        double total = 0;
        for (String word : asked) {
            double weight = rarity(word);
            total += weight;
            // Found in several fields (the question and its category, say) a word counts for each.
            covered += weight * Math.min(tuning.cap(), fieldWeights.entrySet().stream()
                    .filter(field -> words.get(field.getKey()).contains(word))
                    .mapToDouble(Map.Entry::getValue).sum());
        }
        Set<String> own = words.get("question");
        double ownCovered = own.isEmpty() ? 0
                : own.stream().filter(asked::contains).count() / (double) own.size();
        return tuning.askedShare() * (covered / total) + (1 - tuning.askedShare()) * ownCovered;
    }

    /** Lucene's BM25 idf over this case's questions; a word no question has weighs as tuned. */
    private double rarity(String word) {
        int n = questions.size();
        int df = documentFrequency.getOrDefault(word, 0);
        if (df == 0) {
            return tuning.unknown() * Math.log(1 + (n - 0.5) / 1.5);
        }
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private Document document(CaseStudy.Question question) {
        var document = new Document();
        document.add(new StoredField("id", question.id()));
        document.add(new TextField("question", question.question(), Field.Store.NO));
        for (String keyword : question.keywords()) {
            document.add(new TextField("keywords", keyword, Field.Store.NO));
        }
        document.add(new TextField("category", question.category(), Field.Store.NO));
        document.add(new TextField("answer", question.answer(), Field.Store.NO));
        return document;
    }

    private Set<String> words(String text) {
        return new LinkedHashSet<>(InterviewerVocabulary.words(analyzer, text));
    }

    /** The case question of that id, to show again the answer to a question asked earlier. */
    Optional<CaseStudy.Question> question(@Nullable String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
