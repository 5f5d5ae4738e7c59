package org.designcoach.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.designcoach.content.CaseStudy;
import org.springframework.stereotype.Component;

/**
 * The interviewer of each case, built once for the case's questions as they now are (content may be
 * edited while the application runs). The vocabulary is read when the application starts, so a
 * mistake in it stops the start with its file and line.
 */
@Component
class Interviewers {

    private final InterviewerVocabulary vocabulary = InterviewerVocabulary.packaged();
    private final Map<Key, Interviewer> built = new ConcurrentHashMap<>();

    private record Key(String caseId, List<CaseStudy.Question> questions) {
    }

    Interviewer of(CaseStudy study) {
        return built.computeIfAbsent(new Key(study.id(), study.questions()),
                key -> new Interviewer(key.questions(), vocabulary));
    }
}
