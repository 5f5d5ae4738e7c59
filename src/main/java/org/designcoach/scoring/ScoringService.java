package org.designcoach.scoring;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.designcoach.content.CaseContexts;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentLibrary;
import org.designcoach.content.ContentService;
import org.designcoach.design.Design;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.DesignContext;
import org.designcoach.rules.RulesEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Scores designs against cases with the rules of the content in use. */
@Service
public class ScoringService {

    private final ContentService content;
    /** The engine of the content version it was built for; rebuilt after a content reload. */
    private final AtomicReference<VersionedEngine> engine = new AtomicReference<>();

    ScoringService(ContentService content) {
        this.content = content;
    }

    /**
     * The findings and scores of a design for a case.
     *
     * @param estimatedPeakQps the learner's own peak estimate; without one, the case's figure is used
     * @throws UnknownCaseException when no case has that id
     */
    @PreAuthorize("isAuthenticated()")
    public Assessment score(String caseId, Design design, Optional<Double> estimatedPeakQps) {
        return score(caseId, design, estimatedPeakQps, Optional.empty());
    }

    /**
     * As {@link #score(String, Design, Optional)}, judged at the level the learner practises at
     * (a session's level) rather than the case's own.
     */
    @PreAuthorize("isAuthenticated()")
    public Assessment score(String caseId, Design design, Optional<Double> estimatedPeakQps, Optional<String> level) {
        CaseStudy study = content.caseStudy(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
        ContentLibrary library = content.library();
        DesignContext context = CaseContexts.of(study, estimatedPeakQps, library.catalog());
        return engine(library).assess(design, level.map(context::atLevel).orElse(context), library.rulesOf(caseId));
    }

    private RulesEngine engine(ContentLibrary library) {
        VersionedEngine current = engine.get();
        if (current == null || !current.version().equals(library.version())) {
            current = new VersionedEngine(library.version(), new RulesEngine(library.rules(), library.knowledge()));
            engine.set(current);
        }
        return current.engine();
    }

    private record VersionedEngine(String version, RulesEngine engine) {
    }
}
