package org.designcoach.api;

/** A query parameter out of its range; answered with a 400 that names the parameter. */
class InvalidParameterException extends RuntimeException {

    InvalidParameterException(String message) {
        super(message);
    }
}
