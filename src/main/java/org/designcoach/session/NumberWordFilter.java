package org.designcoach.session;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes numbers spelt as words in digits, so that "five years" and "5 years" are the same words to
 * the interviewer. Only single words are rewritten; "two thousand" becomes "2 1000", which is enough
 * for matching and keeps the filter simple.
 */
final class NumberWordFilter extends TokenFilter {

    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("zero", "0"), Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("fifteen", "15"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("sixty", "60"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"),
            Map.entry("million", "1000000"), Map.entry("billion", "1000000000"), Map.entry("once", "1"),
            Map.entry("twice", "2"));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    NumberWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String digits = NUMBERS.get(term.toString());
        if (digits != null) {
            term.setEmpty().append(digits);
        }
        return true;
    }
}
