package org.designcoach.session;

import java.util.List;
import org.designcoach.MutableClock;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentLibrary;
import org.designcoach.content.ContentLoaderAccess;

/** The built-in content, loaded once for the session tests. */
final class SessionFixtures {

    static final ContentLibrary LIBRARY = ContentLoaderAccess.builtIn(MutableClock.startingAt("2026-11-25T10:00:00Z"));

    private SessionFixtures() {
    }

    static CaseStudy urlShortener() {
        return LIBRARY.caseStudy("url-shortener").orElseThrow();
    }

    static List<String> keyQuestionIds(CaseStudy study) {
        return study.questions().stream().filter(CaseStudy.Question::key).map(CaseStudy.Question::id).toList();
    }
}
