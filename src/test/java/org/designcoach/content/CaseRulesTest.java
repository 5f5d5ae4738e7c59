package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.designcoach.MutableClock;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.rules.Finding;
import org.designcoach.rules.RulesEngine;
import org.junit.jupiter.api.Test;

/** The rule url-shortener.yaml adds: judged for that case, and for no other. */
class CaseRulesTest {

    private static final ContentLibrary LIBRARY = new ContentLoader(new ContentSchemas(),
            MutableClock.startingAt("2026-11-24T10:00:00Z")).load(List.of(ContentFixtures.builtIn()));
    private static final RulesEngine ENGINE = new RulesEngine(LIBRARY.rules(), LIBRARY.knowledge());

    /** The url-shortener reference, with the click event sent synchronously from the redirect server. */
    private static Design clicksWrittenInTheRedirect() {
        Design reference = LIBRARY.caseStudy("url-shortener").orElseThrow().architecture();
        List<Connection> arrows = reference.connections().stream()
                .map(arrow -> arrow.from().equals("api") && arrow.to().equals("clicks")
                        ? new Connection(arrow.from(), arrow.to(), Connection.SYNC, arrow.protocol(), arrow.label())
                        : arrow)
                .toList();
        return new Design(reference.version(), reference.components(), arrows, reference.groups());
    }

    private static List<String> ruleIds(String caseId, Design design) {
        CaseStudy study = LIBRARY.caseStudy(caseId).orElseThrow();
        return ENGINE.assess(design, CaseContexts.of(study, Optional.empty()), LIBRARY.rulesOf(caseId)).findings()
                .stream().map(Finding::ruleId).toList();
    }

    @Test
    void aRedirectThatWaitsOnItsClickEventIsFlaggedForTheUrlShortener() {
        assertThat(ruleIds("url-shortener", clicksWrittenInTheRedirect())).contains("redirect-waits-on-analytics");
    }

    @Test
    void theReferenceHandsTheClickOverAsynchronouslyAndIsNotFlagged() {
        Design reference = LIBRARY.caseStudy("url-shortener").orElseThrow().architecture();

        assertThat(ruleIds("url-shortener", reference)).doesNotContain("redirect-waits-on-analytics");
    }

    @Test
    void theSameDesignJudgedAgainstAnotherCaseIgnoresTheUrlShortenersRule() {
        assertThat(ruleIds("simple-web-platform", clicksWrittenInTheRedirect()))
                .doesNotContain("redirect-waits-on-analytics");
    }
}
