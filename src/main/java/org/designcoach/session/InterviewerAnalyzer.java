package org.designcoach.session;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * How the interviewer reads a question: words lower-cased, numbers in digits, English stems, then the
 * field's synonyms (which are read with the same stemming, so "fails" and "failing" need no rule of
 * their own), then stop words. Synonyms come before stop words so that phrases such as "how long" or
 * "store for" are seen whole.
 */
final class InterviewerAnalyzer extends Analyzer {

    private final @Nullable SynonymMap synonyms;
    private final CharArraySet stopWords;

    /** The analyzer without synonyms or stop words, used to read the synonym and stop word lists. */
    static InterviewerAnalyzer stemming() {
        return new InterviewerAnalyzer(null, CharArraySet.EMPTY_SET);
    }

    InterviewerAnalyzer(@Nullable SynonymMap synonyms, CharArraySet stopWords) {
        this.synonyms = synonyms;
        this.stopWords = stopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new EnglishPossessiveFilter(stream);
        stream = new NumberWordFilter(stream);
        stream = new PorterStemFilter(stream);
        if (synonyms != null) {
            stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
        }
        if (!stopWords.isEmpty()) {
            stream = new StopFilter(stream, stopWords);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
