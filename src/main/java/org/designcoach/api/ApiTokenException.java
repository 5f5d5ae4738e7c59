package org.designcoach.api;

/** A token request that cannot be done, with a message the user can act on. */
class ApiTokenException extends RuntimeException {

    ApiTokenException(String message) {
        super(message);
    }
}
