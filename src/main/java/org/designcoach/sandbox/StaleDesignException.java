package org.designcoach.sandbox;

/** The design was saved elsewhere (another tab, another device) since this page loaded it. */
class StaleDesignException extends RuntimeException {

    StaleDesignException() {
        super("This design was changed in another tab or window since you opened it. Reload to get the newer "
                + "version; your last change here was not saved.");
    }
}
