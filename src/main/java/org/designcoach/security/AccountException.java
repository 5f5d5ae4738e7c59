package org.designcoach.security;

/** A request about an account that cannot be done as asked; says which field and why. */
public class AccountException extends RuntimeException {

    /** The form field a problem belongs to. */
    public enum Field { USERNAME, PASSWORD, CONFIRMATION, CURRENT_PASSWORD, FORM }

    private final Field field;

    AccountException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
