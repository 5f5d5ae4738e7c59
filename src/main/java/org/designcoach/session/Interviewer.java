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
 * fields; the category field also holds the words that name that area, content/interviewer/categories.txt).
 * Every question Lucene finds is weighed by confidence: the share of what was asked that a question
 * covers (rare words weigh more), blended with the share of the question's own words that were asked,
 * plus the share asked in words naming the question's area. Below {@link #THRESHOLD}, or when the closest
 * question of another category comes within {@link #MARGIN}, the case does not answer it and the
 * candidate is asked to state an assumption.
 */
final class Interviewer {

    /** The longest question the interviewer reads; the text field holds no more either. */
    static final int MAX_QUESTION_LENGTH = 300;

    /** Calibrated on the paraphrase corpus of the tests; see docs/interviewer-accuracy.md. */
    static final double THRESHOLD = 0.40;

    /** How far the closest question must lead the closest of another category; calibrated as the threshold. */
    static final double MARGIN = 0.02;

    /**
     * How a reading is weighed, calibrated on the corpus: the share of the confidence that comes from
     * covering what was asked (the rest from the question's own words being asked), how much a word found
     * in each field counts, and how much a word no question of the case has counts against.
     */
    record Tuning(double askedShare, double keywords, double category, double answer, double unknown,
            double cap) {

        static final Tuning CALIBRATED = new Tuning(0.8, 1.0, 0.3, 0.4, 0.4, 1.5);

        Map<String, Double> fieldWeights() {
            return Map.of("question", 1.0, "keywords", keywords, "category", category, "answer", answer);
        }
    }

    /**
     * What the interviewer made of a question: the case question closest to it, if any, how sure it is of
     * that, and how sure it would be of the closest question of another category (the rival). Only a
     * reading at or above the threshold and clear of its rival by the margin is answered: when two areas
     * fit about as well, the interviewer does not guess between them.
     */
    record Reading(Optional<CaseStudy.Question> closest, double confidence, double rival) {

        static final Reading NOTHING = new Reading(Optional.empty(), 0, 0);

        Optional<CaseStudy.Question> answer() {
            return answer(THRESHOLD, MARGIN);
        }

        Optional<CaseStudy.Question> answer(double threshold, double margin) {
            return confidence >= threshold && confidence - rival >= margin ? closest : Optional.empty();
        }

        /** Whether the question was left open because another category fits about as well. */
        boolean ambiguous(double threshold, double margin) {
            return confidence >= threshold && confidence - rival < margin;
        }
    }

    private final List<CaseStudy.Question> questions;
    private final Tuning tuning;
    private final Map<String, Double> fieldWeights;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final InterviewerVocabulary vocabulary;
    private final List<Map<String, Set<String>>> fieldWords = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    Interviewer(List<CaseStudy.Question> questions, InterviewerVocabulary vocabulary) {
        this(questions, vocabulary, Tuning.CALIBRATED);
    }

    Interviewer(List<CaseStudy.Question> questions, InterviewerVocabulary vocabulary, Tuning tuning) {
        this.questions = List.copyOf(questions);
        this.tuning = tuning;
        this.fieldWeights = tuning.fieldWeights();
        this.vocabulary = vocabulary;
        this.analyzer = vocabulary.analyzer();
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (CaseStudy.Question question : this.questions) {
                writer.addDocument(document(question));
                Map<String, Set<String>> words = Map.of("question", words(question.question()), "keywords",
                        words(String.join(" . ", question.keywords())), "category", words(categoryText(question)),
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
            return Reading.NOTHING;
        }
        Set<String> asked = words(typed);
        if (asked.isEmpty()) {
            return Reading.NOTHING;
        }
        // Every question Lucene finds at all is weighed (a case has a dozen), so that the closest question of
        // each category is known, not only the first few by Lucene's ranking.
        ScoreDoc[] hits = search(asked);
        double[] confidence = new double[questions.size()];
        int best = -1;
        for (ScoreDoc hit : hits) {
            confidence[hit.doc] = confidence(asked, hit.doc);
            if (best < 0 || confidence[hit.doc] > confidence[best]) {
                best = hit.doc;
            }
        }
        if (best < 0 || confidence[best] <= 0) {
            return Reading.NOTHING;
        }
        String category = questions.get(best).category();
        double rival = 0;
        for (ScoreDoc hit : hits) {
            if (!questions.get(hit.doc).category().equals(category)) {
                rival = Math.max(rival, confidence[hit.doc]);
            }
        }
        // Confidences above 1 are kept: a word found in the question and its keywords beats one found in
        // the answer only, and the lead over the rival is measured on the same scale.
        return new Reading(Optional.of(questions.get(best)), confidence[best], rival);
    }

    private ScoreDoc[] search(Set<String> asked) {
        var query = new BooleanQuery.Builder();
        for (String word : asked) {
            fieldWeights.forEach((field, weight) -> query.add(
                    new BoostQuery(new TermQuery(new Term(field, word)), weight.floatValue()),
                    BooleanClause.Occur.SHOULD));
        }
        try {
            return searcher.search(query.build(), Math.max(1, questions.size())).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double confidence(Set<String> asked, int doc) {
        Map<String, Set<String>> words = fieldWords.get(doc);
        double covered = 0;
        double area = 0;
        double total = 0;
        for (String word : asked) {
            double weight = rarity(word);
            total += weight;
            // Found in several fields (the question and its keywords, say) a word counts for each, up to the cap.
            covered += weight * Math.min(tuning.cap(), fieldWeights.entrySet().stream()
                    .filter(field -> !field.getKey().equals("category"))
                    .filter(field -> words.get(field.getKey()).contains(word))
                    .mapToDouble(Map.Entry::getValue).sum());
            // A word that names the question's area counts on top of the cap: it is what tells apart two
            // questions that share the other words ("how many users" and "how many requests a user makes").
            if (words.get("category").contains(word)) {
                area += weight;
            }
        }
        Set<String> own = words.get("question");
        double ownCovered = own.isEmpty() ? 0
                : own.stream().filter(asked::contains).count() / (double) own.size();
        return tuning.askedShare() * (covered / total) + (1 - tuning.askedShare()) * ownCovered
                + tuning.category() * (area / total);
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
        document.add(new TextField("category", categoryText(question), Field.Store.NO));
        document.add(new TextField("answer", question.answer(), Field.Store.NO));
        return document;
    }

    /** The category's name and the words that mark a question as one of that category. */
    private String categoryText(CaseStudy.Question question) {
        return categoryText(question.category());
    }

    private String categoryText(String category) {
        return category + " . " + vocabulary.categoryWords(category);
    }

    private Set<String> words(String text) {
        return new LinkedHashSet<>(InterviewerVocabulary.words(analyzer, text));
    }

    /** The case question of that id, to show again the answer to a question asked earlier. */
    Optional<CaseStudy.Question> question(@Nullable String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
