package org.designcoach.security;

/** A password an admin hands over once; its owner must replace it at the next sign-in. */
public record TemporaryPassword(String username, String password) {
}
