package org.designcoach.security;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests that fail sign-ins on purpose. The throttle commits each failure in a transaction of its own,
 * so a test's rollback does not take its failures back: left behind, a lock or an address count from one
 * test refuses the sign-ins of the next test that shares the database (a cached Spring context).
 */
public final class FailedSignIns {

    private FailedSignIns() {
    }

    /**
     * Forgets every counted failure and lock, in a transaction of its own. Call it once the test's own
     * transaction has ended (JUnit's {@code @AfterEach} of a {@code @Transactional} test runs inside it, so
     * use Spring's {@code @AfterTransaction} there).
     */
    public static void forget(ApplicationContext context) {
        TransactionTemplate separate = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        SignInThrottleRepository entries = context.getBean(SignInThrottleRepository.class);
        separate.executeWithoutResult(status -> entries.deleteAllInBatch());
    }
}
