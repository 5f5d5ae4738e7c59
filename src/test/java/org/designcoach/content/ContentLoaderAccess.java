package org.designcoach.content;

import java.time.Clock;
import java.util.List;

/** The built-in content for tests of other features, which cannot reach the loader itself. */
public final class ContentLoaderAccess {

    private ContentLoaderAccess() {
    }

    public static ContentLibrary builtIn(Clock clock) {
        return new ContentLoader(new ContentSchemas(), clock).load(List.of(ContentFile.builtIn()));
    }
}
