package org.designcoach.session;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
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

    /** A copy of a case with its own stage budgets, as a case file may set them. */
    static CaseStudy withStageMinutes(CaseStudy study, Map<String, Integer> minutes) {
        return copyWith(study, "stageMinutes", minutes);
    }

    /** A copy of a case with one component replaced; the record has too many components to list here. */
    static CaseStudy copyWith(CaseStudy study, String component, Object value) {
        try {
            RecordComponent[] components = CaseStudy.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(study);
            }
            return CaseStudy.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy the case " + study.id(), e);
        }
    }

    static List<String> keyQuestionIds(CaseStudy study) {
        return study.questions().stream().filter(CaseStudy.Question::key).map(CaseStudy.Question::id).toList();
    }
}
