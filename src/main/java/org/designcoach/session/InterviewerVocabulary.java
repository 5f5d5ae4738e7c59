package org.designcoach.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The words of the field the interviewer knows: groups of synonyms (content/interviewer/synonyms.txt,
 * one group a line, the first entry the word they all become) and the filler words of a question
 * (content/interviewer/stopwords.txt). Both are checked when read; a mistake names its file and line.
 */
final class InterviewerVocabulary {

    static final String SYNONYMS = "content/interviewer/synonyms.txt";
    static final String STOP_WORDS = "content/interviewer/stopwords.txt";
    static final String CATEGORIES = "content/interviewer/categories.txt";

    private final SynonymMap synonyms;
    private final CharArraySet stopWords;
    private final Map<String, String> categoryWords;

    private InterviewerVocabulary(SynonymMap synonyms, CharArraySet stopWords, Map<String, String> categoryWords) {
        this.synonyms = synonyms;
        this.stopWords = stopWords;
        this.categoryWords = Map.copyOf(categoryWords);
    }

    /** The vocabulary packaged with the application. */
    static InterviewerVocabulary packaged() {
        return read(SYNONYMS, resource(SYNONYMS), STOP_WORDS, resource(STOP_WORDS), CATEGORIES, resource(CATEGORIES));
    }

    static InterviewerVocabulary read(String synonymsName, String synonymsText, String stopName, String stopText) {
        return read(synonymsName, synonymsText, stopName, stopText, CATEGORIES, "");
    }

    static InterviewerVocabulary read(String synonymsName, String synonymsText, String stopName, String stopText,
            String categoriesName, String categoriesText) {
        try (var stemming = InterviewerAnalyzer.stemming()) {
            var vocabulary = new InterviewerVocabulary(synonyms(synonymsName, synonymsText, stemming),
                    stopWords(stopName, stopText, stemming), Map.of());
            return new InterviewerVocabulary(vocabulary.synonyms, vocabulary.stopWords,
                    categories(categoriesName, categoriesText, vocabulary));
        }
    }

    InterviewerAnalyzer analyzer() {
        return new InterviewerAnalyzer(synonyms, stopWords);
    }

    /**
     * The words that say a question is about this category ("uptime" for availability), as one text for
     * the category field of each case question of that category; empty for a category the file does not list.
     */
    String categoryWords(String category) {
        return categoryWords.getOrDefault(category, "");
    }

    private static Map<String, String> categories(String name, String text, InterviewerVocabulary vocabulary) {
        Map<String, String> categories = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        try (var analyzer = vocabulary.analyzer()) {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                int number = i + 1;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0 || !line.substring(0, colon).strip().matches("[a-z][a-z-]*")) {
                    throw problem(name, number, "start the line with a category and a colon, as \"latency: how fast\"");
                }
                String category = line.substring(0, colon).strip();
                if (categories.containsKey(category)) {
                    throw problem(name, number, "the category \"" + category + "\" is listed twice");
                }
                List<String> entries = new ArrayList<>();
                for (String entry : line.substring(colon + 1).split(",", -1)) {
                    if (entry.isBlank()) {
                        throw problem(name, number, "an entry is empty (two commas in a row, or one at an end)");
                    }
                    if (words(analyzer, entry).isEmpty()) {
                        throw problem(name, number, "\"" + entry.strip() + "\" is only stop words");
                    }
                    entries.add(entry.strip());
                }
                categories.put(category, String.join(" . ", entries));
            }
        }
        return categories;
    }

    private static SynonymMap synonyms(String name, String text, InterviewerAnalyzer stemming) {
        var builder = new SynonymMap.Builder(true);
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                throw problem(name, number, "use \"=>\" at most once");
            }
            List<List<String>> inputs = entries(name, number, sides[0], stemming);
            List<String> output = sides.length == 2 ? single(name, number, sides[1], stemming) : inputs.getFirst();
            if (sides.length == 1 && inputs.size() < 2) {
                throw problem(name, number, "a group needs at least two entries separated by commas");
            }
            for (List<String> input : inputs) {
                String key = String.join(" ", input);
                Integer earlier = seen.putIfAbsent(key, number);
                if (earlier != null && earlier == number) {
                    continue; // "requests" and "request" stem alike: one group may say both
                }
                if (earlier != null) {
                    throw problem(name, number, "\"" + key + "\" is already in the group on line " + earlier);
                }
                if (!input.equals(output)) {
                    builder.add(join(input), join(output), false);
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> entries(String name, int number, String side, InterviewerAnalyzer stemming) {
        List<List<String>> entries = new ArrayList<>();
        for (String entry : side.split(",", -1)) {
            if (entry.isBlank()) {
                throw problem(name, number, "an entry is empty (two commas in a row, or one at an end)");
            }
            List<String> words = words(stemming, entry);
            if (words.isEmpty()) {
                throw problem(name, number, "\"" + entry.strip() + "\" has no word in it");
            }
            entries.add(words);
        }
        return entries;
    }

    private static List<String> single(String name, int number, String side, InterviewerAnalyzer stemming) {
        List<List<String>> outputs = entries(name, number, side, stemming);
        if (outputs.size() != 1) {
            throw problem(name, number, "after \"=>\" give exactly one entry");
        }
        return outputs.getFirst();
    }

    private static CharArraySet stopWords(String name, String text, InterviewerAnalyzer stemming) {
        var stop = new CharArraySet(200, false);
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> stop.addAll(words(stemming, new String((char[]) word))));
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = words(stemming, line);
            if (words.size() != 1) {
                throw problem(name, i + 1, "give one word a line, not \"" + line + "\"");
            }
            stop.addAll(words);
        }
        return stop;
    }

    static List<String> words(org.apache.lucene.analysis.Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static CharsRef join(List<String> words) {
        return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
    }

    private static IllegalStateException problem(String name, int line, String what) {
        return new IllegalStateException(name + " line " + line + ": " + what);
    }

    private static String resource(String path) {
        try (InputStream in = InterviewerVocabulary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
