package org.designcoach.estimation;

/**
 * A text that is not a quantity, or arithmetic that makes no sense. The message is written for the
 * learner: it says what is wrong and how to write it instead, so views can show it as it is.
 */
public class QuantityException extends RuntimeException {

    public QuantityException(String message) {
        super(message);
    }
}
