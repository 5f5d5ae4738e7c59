package org.designcoach.content;

/**
 * Whether a learner has attempted a case, which opens its reference solution to them. The practice
 * session feature answers it; the content library only asks, so that it does not depend on sessions.
 */
public interface AttemptHistory {

    boolean hasFinished(String username, String caseId);
}
