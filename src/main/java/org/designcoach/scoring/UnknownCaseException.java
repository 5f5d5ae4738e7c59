package org.designcoach.scoring;

/** A case id that the content does not have. */
public class UnknownCaseException extends RuntimeException {

    public UnknownCaseException(String caseId) {
        super("There is no case with the id '" + caseId + "'.");
    }
}
