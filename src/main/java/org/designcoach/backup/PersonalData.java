package org.designcoach.backup;

/**
 * What one feature keeps about a person, for their own data export. A feature that stores
 * personal data provides a bean implementing this; the export collects them all.
 */
public interface PersonalData {

    /** The name of this feature's section in the export, such as {@code "practiceSessions"}. */
    String section();

    /**
     * Everything this feature keeps about the person, as records, lists and maps that Jackson
     * writes as JSON. Secrets (password and token hashes) are never part of it. Called only with
     * the signed-in person's own username.
     */
    Object exportFor(String username);
}
