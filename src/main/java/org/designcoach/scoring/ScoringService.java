package org.designcoach.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.designcoach.content.CaseContexts;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentLibrary;
import org.designcoach.content.ContentService;
import org.designcoach.design.Design;
import org.designcoach.rules.Assessment;
import org.designcoach.rules.DesignContext;
import org.designcoach.rules.Finding;
import org.designcoach.rules.RulesEngine;
import org.designcoach.simulation.ComponentProfile;
import org.designcoach.simulation.Scenario;
import org.designcoach.simulation.SimulationException;
import org.designcoach.simulation.SimulationModel;
import org.designcoach.traffic.CaseClientShares;
import org.designcoach.traffic.TrafficService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Scores designs against cases with the rules of the content in use, and with the simulator's verdict
 * on the design at the peak it is judged at (the learner's estimate, else the case's).
 */
@Service
public class ScoringService {

    private static final Logger log = LoggerFactory.getLogger(ScoringService.class);

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
        VersionedEngine judges = engine(library);
        return judges.engine().assess(design, level.map(context::atLevel).orElse(context), library.rulesOf(caseId),
                atPeak(judges.loadCheck(), CaseClientShares.apply(design, study.facts().clientSharesByType()),
                        context.peakQps(), TrafficService.readShare(study)));
    }

    /**
     * The simulator's verdict at the peak. A design that cannot carry traffic at all (no client yet, a
     * synchronous cycle, a component without capacity) has no load to judge; the rules name what is
     * missing, and the traffic page says why it cannot run.
     */
    private static List<Finding> atPeak(LoadCheck check, Design design, double peakQps, double readFraction) {
        if (!(peakQps > 0 && peakQps <= Scenario.MAX_REQUESTS_PER_SECOND)) {
            return List.of();
        }
        try {
            return check.findings(design, peakQps, readFraction);
        } catch (SimulationException cannotRun) {
            log.debug("No load check for this design: {}", cannotRun.getMessage());
            return List.of();
        }
    }

    private VersionedEngine engine(ContentLibrary library) {
        VersionedEngine current = engine.get();
        if (current == null || !current.version().equals(library.version())) {
            current = new VersionedEngine(library.version(), new RulesEngine(library.rules(), library.knowledge()),
                    new LoadCheck(model(library), library.loadJudgement(), library.knowledge()));
            engine.set(current);
        }
        return current;
    }

    private static SimulationModel model(ContentLibrary library) {
        Map<String, ComponentProfile> profiles = new HashMap<>();
        library.catalog().components().forEach(type -> profiles.put(type.id(), TrafficService.profile(type)));
        return SimulationModel.builder().profiles(profiles)
                .technologies(TrafficService.technologies(library.catalog())).build();
    }

    /** The rules and the load check of one content version: both are rebuilt after a content reload. */
    private record VersionedEngine(String version, RulesEngine engine, LoadCheck loadCheck) {
    }
}
