package org.designcoach.content;

import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The built-in content as the running app holds it, for tests of other features that score designs
 * the way production does: the content service, and the check every design a user sends passes.
 */
public final class ScoringFixtures {

    private ScoringFixtures() {
    }

    /** The content service over the built-in content, with no practice history and no event listener. */
    public static ContentService builtInContentService(Clock clock) {
        return new ContentService(new ContentProperties(null), clock,
                new StaticListableBeanFactory().getBeanProvider(AttemptHistory.class), event -> {
                });
    }

    /** Why the app would refuse this design text (as an import or a canvas save would), if it would. */
    public static Optional<String> refusal(ContentLibrary library, String designJson) {
        try {
            new DesignDocuments(() -> library).read(designJson);
            return Optional.empty();
        } catch (InvalidDesignException e) {
            return Optional.of(String.join(" ", e.problems()));
        }
    }
}
