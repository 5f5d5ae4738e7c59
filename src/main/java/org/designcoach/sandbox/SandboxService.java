package org.designcoach.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.content.CanvasPalette;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentService;
import org.designcoach.content.DesignDocuments;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import org.designcoach.rules.Assessment;
import org.designcoach.scoring.ScoringService;
import org.designcoach.scoring.UnknownCaseException;
import org.designcoach.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's sandbox designs, one per case. Every read and write is keyed by the
 * signed-in user, so nobody reaches another user's design.
 */
@Service
class SandboxService {

    /** Not saved yet: the version a page holds before the first save. */
    static final long NEW = -1;
    private static final Design EMPTY = new Design(Design.CURRENT_VERSION, List.of(), List.of(), List.of());

    private final SandboxDesignRepository designs;
    private final DesignDocuments documents;
    private final ScoringService scoring;
    private final ContentService content;
    private final Clock clock;

    SandboxService(SandboxDesignRepository designs, DesignDocuments documents, ScoringService scoring,
            ContentService content, Clock clock) {
        this.designs = designs;
        this.documents = documents;
        this.scoring = scoring;
        this.content = content;
        this.clock = clock;
    }

    /** A design as the page holds it: what was saved, its version and its findings. */
    record Workspace(String caseId, Design design, long version, @Nullable Instant savedAt, Assessment assessment) {
    }

    record CaseChoice(String id, String title, String level) {
    }

    @PreAuthorize("isAuthenticated()")
    List<CaseChoice> cases() {
        return content.findCases("", Optional.empty(), Optional.empty()).stream()
                .map(study -> new CaseChoice(study.id(), study.title(), study.level()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    List<PaletteItem> palette() {
        return CanvasPalette.of(content.library().catalog());
    }

    /**
     * The saved design for the case, or an empty one.
     *
     * @throws org.designcoach.content.InvalidDesignException when the saved design no longer fits the
     *         content (a component type was removed from the catalog); {@link #openEmpty} then starts afresh
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    Workspace open(String caseId, Optional<Double> peakQps) {
        requireCase(caseId);
        return designs.findByOwnerAndCaseId(CurrentUser.username(), caseId)
                .map(saved -> workspace(caseId, documents.read(saved.getDesignJson()), saved.getVersion(),
                        saved.getUpdatedAt(), peakQps))
                .orElseGet(() -> workspace(caseId, EMPTY, NEW, null, peakQps));
    }

    /** An empty design that replaces the saved one, if any, at the next save. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    Workspace openEmpty(String caseId, Optional<Double> peakQps) {
        requireCase(caseId);
        long version = designs.findByOwnerAndCaseId(CurrentUser.username(), caseId)
                .map(SandboxDesign::getVersion).orElse(NEW);
        return workspace(caseId, EMPTY, version, null, peakQps);
    }

    /**
     * Checks and keeps a design sent by the canvas or imported from a file.
     *
     * @throws org.designcoach.content.InvalidDesignException listing what is wrong; nothing is saved
     * @throws StaleDesignException when the design was saved elsewhere after {@code expectedVersion}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    Workspace save(String caseId, String json, long expectedVersion, Optional<Double> peakQps) {
        requireCase(caseId);
        Design design = documents.read(json);
        String owner = CurrentUser.username();
        SandboxDesign saved = designs.findByOwnerAndCaseId(owner, caseId)
                .orElseGet(() -> new SandboxDesign(owner, caseId, "", clock.instant()));
        long current = saved.getDesignJson().isEmpty() ? NEW : saved.getVersion();
        if (current != expectedVersion) {
            throw new StaleDesignException();
        }
        saved.replace(DesignJson.compact(design), clock.instant());
        try {
            saved = designs.saveAndFlush(saved);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDesignException();
        }
        return workspace(caseId, design, saved.getVersion(), saved.getUpdatedAt(), peakQps);
    }

    /** Scores without saving, such as when the load to judge against changes. */
    @PreAuthorize("isAuthenticated()")
    Assessment score(String caseId, Design design, Optional<Double> peakQps) {
        return scoring.score(caseId, design, peakQps);
    }

    private Workspace workspace(String caseId, Design design, long version, @Nullable Instant savedAt,
            Optional<Double> peakQps) {
        return new Workspace(caseId, design, version, savedAt, scoring.score(caseId, design, peakQps));
    }

    private void requireCase(String caseId) {
        content.caseStudy(caseId).map(CaseStudy::id).orElseThrow(() -> new UnknownCaseException(caseId));
    }
}
