package org.designcoach.content;

/** What this feature announces, as Spring application events, for the audit log. */
public final class ContentEvents {

    private ContentEvents() {
    }

    /**
     * An administrator asked for the content to be read again.
     *
     * @param reloaded false when problems were found and the content in use stayed
     * @param version  the version in use afterwards
     * @param problems how many problems the reload found
     */
    public record ContentReloadRequested(String actor, boolean reloaded, String version, int problems) {
    }
}
