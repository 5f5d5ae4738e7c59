package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.designcoach.content.CaseStudy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionMatchingTest {

    private static final List<CaseStudy.Question> QUESTIONS = SessionFixtures.urlShortener().questions();

    @ParameterizedTest(name = "\"{0}\" asks {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How many links are created per month?                 | monthly-links
            what's the write volume                               | monthly-links
            How many new URLs do we get?                          | monthly-links
            What is the read write ratio?                         | read-write-ratio
            How many clicks does a link get?                      | read-write-ratio
            How long do we keep links?                            | retention
            Do links expire?                                      | retention
            How big is a record?                                  | record-size
            Who are the users?                                    | users
            What latency do redirects need?                       | latency
            How fast must a redirect be?                          | latency
            """)
    void aTypedQuestionIsMatchedToTheCaseQuestionItAsks(String typed, String expected) {
        assertThat(QuestionMatching.match(typed, QUESTIONS)).map(CaseStudy.Question::id).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" asks nothing the case knows")
    @CsvSource(delimiter = '|', textBlock = """
            What is your favourite colour?
            Should we use Kubernetes?
            hello
            ?
            """)
    void aQuestionTheCaseCannotAnswerMatchesNothing(String typed) {
        assertThat(QuestionMatching.match(typed, QUESTIONS)).isEqualTo(Optional.empty());
    }
}
