package org.designcoach.content;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * The check every design a user sends passes (an import, a canvas save, an API call): for a design
     * text, why the app would refuse it, if it would.
     */
    public static Function<String, Optional<String>> designCheck(ContentLibrary library) {
        DesignDocuments documents = new DesignDocuments(() -> library);
        return designJson -> {
            try {
                documents.read(designJson);
                return Optional.empty();
            } catch (InvalidDesignException e) {
                return Optional.of(String.join(" ", e.problems()));
            }
        };
    }
}
