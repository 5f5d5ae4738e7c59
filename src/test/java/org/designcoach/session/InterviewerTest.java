package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.designcoach.content.CaseStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewerTest {

    private static final InterviewerVocabulary VOCABULARY = InterviewerVocabulary.packaged();

    private static Optional<String> answer(String caseId, String typed) {
        CaseStudy study = SessionFixtures.LIBRARY.caseStudy(caseId).orElseThrow();
        return new Interviewer(study.questions(), VOCABULARY).read(typed).answer().map(CaseStudy.Question::id);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" asks {2}")
    @CsvSource(delimiter = '|', textBlock = """
            url-shortener       | How long may a redirect take?                        | latency
            url-shortener       | How many redirects per day do we get for each link?  | read-write-ratio
            url-shortener       | custom aliases?                                      | custom-codes
            url-shortener       | How long must links keep working?                    | retention
            url-shortener       | How many links are created per month?                | monthly-links
            url-shortener       | Do links stay around for five years or 5 years?      | retention
            notification-system | What happens when a provider is down?                | availability
            iot-data-platform   | How long is the raw data kept?                       | retention
            iot-data-platform   | How long may an alert take to fire?                  | latency
            """)
    void theIssuesExamplesAreAnsweredByTheQuestionTheyMean(String caseId, String typed, String expected) {
        assertThat(answer(caseId, typed)).contains(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is left to the candidate")
    @CsvSource(delimiter = '|', textBlock = """
            url-shortener       | What happens when a provider is down?
            url-shortener       | What is your favourite colour?
            url-shortener       | Should we use Kubernetes?
            url-shortener       | hello
            url-shortener       | ?
            banking-fintech     | Do we support cryptocurrency?
            """)
    void aQuestionTheCaseDoesNotAnswerIsLeftToTheCandidate(String caseId, String typed) {
        assertThat(answer(caseId, typed)).isEmpty();
    }

    @Test
    void numbersWrittenAsWordsReadAsDigits() {
        var analyzer = VOCABULARY.analyzer();
        assertThat(InterviewerVocabulary.words(analyzer, "five years"))
                .isEqualTo(InterviewerVocabulary.words(analyzer, "5 years"));
    }

    @Test
    void aQuestionLongerThanTheLimitIsRefusedWithTheLimitNamed() {
        String tooLong = "How many links ".repeat(30);
        assertThat(Interviewer.refusal(tooLong)).hasValueSatisfying(message -> assertThat(message)
                .contains(String.valueOf(Interviewer.MAX_QUESTION_LENGTH), String.valueOf(tooLong.length())));
        assertThat(Interviewer.refusal("How many links?")).isEmpty();
    }

    @Test
    void aSynonymGroupWithOneEntryIsRefusedWithItsLine() {
        assertThatThrownBy(() -> InterviewerVocabulary.read("synonyms.txt", "# words\nqps, traffic\nlatency\n",
                "stop.txt", "")).hasMessage("synonyms.txt line 3: a group needs at least two entries separated by commas");
    }

    @Test
    void anEntryInTwoGroupsIsRefusedNamingBothLines() {
        assertThatThrownBy(() -> InterviewerVocabulary.read("synonyms.txt", "qps, load\nlatency, slow, load\n",
                "stop.txt", "")).hasMessage("synonyms.txt line 2: \"load\" is already in the group on line 1");
    }

    @Test
    void anEmptyEntryIsRefusedWithItsLine() {
        assertThatThrownBy(() -> InterviewerVocabulary.read("synonyms.txt", "qps,, load\n", "stop.txt", ""))
                .hasMessageStartingWith("synonyms.txt line 1: an entry is empty");
    }

    private static CaseStudy.Question question(String id, String category, String text, String answer) {
        return new CaseStudy.Question(id, category, text, answer, false, false, List.of(), null);
    }

    @Test
    void aQuestionThatFitsTwoAreasEquallyIsLeftToTheCandidateRatherThanGuessed() {
        var interviewer = new Interviewer(List.of(question("peak", "scale", "How many shoppers at the sale peak?",
                "Twenty thousand."), question("sale-latency", "latency", "How many shoppers at the sale peak?",
                "Under a second.")), VOCABULARY);
        Interviewer.Reading reading = interviewer.read("How many shoppers at the sale peak?");
        assertThat(reading.confidence()).isGreaterThanOrEqualTo(Interviewer.THRESHOLD);
        assertThat(reading.rival()).isEqualTo(reading.confidence());
        assertThat(reading.answer()).isEmpty();
    }

    @Test
    void aWordThatNamesAnAreaTipsTheBalanceTowardsTheQuestionOfThatArea() {
        var interviewer = new Interviewer(List.of(question("people", "users", "How many people, and where?",
                "Two million."), question("load", "scale", "How many requests does one person make?", "Three a day.")),
                VOCABULARY);
        assertThat(interviewer.read("How many users do we have?").answer().map(CaseStudy.Question::id))
                .contains("people");
    }

    @Test
    void aCategoryLineWithoutAColonIsRefusedWithItsLine() {
        assertThatThrownBy(() -> InterviewerVocabulary.read("synonyms.txt", "qps, load\n", "stop.txt", "",
                "categories.txt", "# areas\nlatency how fast\n"))
                .hasMessageStartingWith("categories.txt line 2: start the line with a category and a colon");
    }

    @Test
    void aCategoryListedTwiceIsRefusedWithItsLine() {
        assertThatThrownBy(() -> InterviewerVocabulary.read("synonyms.txt", "qps, load\n", "stop.txt", "",
                "categories.txt", "scale: qps\nscale: load\n"))
                .hasMessage("categories.txt line 2: the category \"scale\" is listed twice");
    }

    @Test
    void aStopWordLineWithTwoWordsIsRefusedWithItsLine() {
        assertThatThrownBy(() -> InterviewerVocabulary.read("synonyms.txt", "qps, load\n", "stop.txt",
                "what\nhow many\n")).hasMessage("stop.txt line 2: give one word a line, not \"how many\"");
    }
}
