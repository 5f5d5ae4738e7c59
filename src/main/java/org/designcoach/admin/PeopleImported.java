package org.designcoach.admin;

/**
 * An admin imported people from a file: {@code created} accounts were made, {@code skipped} rows of the
 * file had problems and were left out. Each account is announced on its own as well, by the security feature.
 */
public record PeopleImported(String fileName, int created, int skipped, String actor) {
}
