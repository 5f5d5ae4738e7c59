package org.designcoach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListenerFactory;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail part on its own, with a hand-written mail server stand-in: no SMTP server, and no Spring
 * test context (one small plain context checks the after-commit wiring).
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationMailerTest {

    private static final MailWanted LENAS = new MailWanted("lena", "lena@example.com",
            "Mira returned your review of the URL shortener.");
    private static final MailSettings SENDER = new MailSettings("coach@example.com");

    @Test
    void withAMailServerAndASenderTheNotificationIsEmailedToTheRecipient() {
        var server = new RecordingMailSender();
        var mailer = new NotificationMailer(configured(server), SENDER, Runnable::run);

        mailer.afterCommit(LENAS);

        assertThat(mailer.isConfigured()).isTrue();
        assertThat(server.sent).singleElement().satisfies(mail -> {
            assertThat(mail.getTo()).containsExactly("lena@example.com");
            assertThat(mail.getFrom()).isEqualTo("coach@example.com");
            assertThat(mail.getSubject()).isEqualTo("Design Coach: Mira returned your review of the URL shortener.");
            assertThat(mail.getText()).startsWith("Mira returned your review of the URL shortener.")
                    .contains("open the bell");
        });
    }

    @Test
    void aLongTextIsShortenedInTheSubjectButWholeInTheBody() {
        var server = new RecordingMailSender();
        String text = "A long note. ".repeat(20).strip();

        new NotificationMailer(configured(server), SENDER, Runnable::run)
                .afterCommit(new MailWanted("lena", "lena@example.com", text));

        SimpleMailMessage mail = server.sent.getFirst();
        assertThat(mail.getSubject()).hasSize("Design Coach: ".length() + 80).endsWith("…");
        assertThat(mail.getText()).startsWith(text);
    }

    @Test
    void withoutAMailServerNothingIsSentAndNothingFails() {
        var mailer = new NotificationMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                SENDER, Runnable::run);

        mailer.afterCommit(LENAS);

        assertThat(mailer.isConfigured()).isFalse();
    }

    @Test
    void withoutASenderAddressNothingIsSent() {
        var server = new RecordingMailSender();
        var mailer = new NotificationMailer(configured(server), new MailSettings("  "), Runnable::run);

        mailer.afterCommit(LENAS);

        assertThat(mailer.isConfigured()).isFalse();
        assertThat(server.sent).isEmpty();
    }

    @Test
    void aMailServerThatRefusesIsLoggedWithTheReasonAndTheCallerCarriesOn(CapturedOutput output) {
        var server = new RecordingMailSender();
        server.refusal = new MailSendException("Mail server connection failed",
                new IllegalStateException("Connection refused: smtp.example.com:25"));
        var mailer = new NotificationMailer(configured(server), SENDER, Runnable::run);

        mailer.afterCommit(LENAS);

        assertThat(output).contains("Could not email a notification to user lena",
                "Connection refused: smtp.example.com:25");
        assertThat(output).doesNotContain("lena@example.com");
    }

    @Test
    void theEmailIsHandedToTheExecutorSoTheCommittingThreadDoesNotWaitForTheServer() {
        var server = new RecordingMailSender();
        List<Runnable> queued = new ArrayList<>();
        var mailer = new NotificationMailer(configured(server), SENDER, queued::add);

        mailer.afterCommit(LENAS);
        assertThat(server.sent).isEmpty();

        queued.forEach(Runnable::run);
        assertThat(server.sent).hasSize(1);
    }

    @Test
    void theEmailLeavesAfterTheTransactionCommitsAndNeverAfterARollback() throws InterruptedException {
        var server = new RecordingMailSender();
        try (var context = new AnnotationConfigApplicationContext()) {
            context.registerBean(TransactionalEventListenerFactory.class);
            context.registerBean(JavaMailSender.class, () -> server);
            context.registerBean(MailSettings.class, () -> SENDER);
            context.registerBean(NotificationMailer.class);
            context.refresh();
            var transactions = new TransactionTemplate(new TransactionsWithoutResources());

            transactions.executeWithoutResult(status -> {
                context.publishEvent(new MailWanted("omar", "omar@example.com", "Rolled back."));
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> {
                context.publishEvent(LENAS);
                assertThat(server.sent).as("nothing leaves before the commit").isEmpty();
            });

            SimpleMailMessage delivered = server.delivered.poll(10, TimeUnit.SECONDS);
            assertThat(delivered).isNotNull().extracting(SimpleMailMessage::getTo).isEqualTo(
                    new String[] {"lena@example.com"});
            assertThat(server.sent).hasSize(1);
        }
    }

    private static ObjectProvider<JavaMailSender> configured(JavaMailSender server) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", server);
        return beans.getBeanProvider(JavaMailSender.class);
    }

    /** Keeps what it is asked to send instead of talking to a server, or refuses as a broken server would. */
    private static final class RecordingMailSender extends JavaMailSenderImpl {

        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
        final BlockingQueue<SimpleMailMessage> delivered = new LinkedBlockingQueue<>();
        MailSendException refusal;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (refusal != null) {
                throw refusal;
            }
            sent.addAll(List.of(messages));
            delivered.addAll(List.of(messages));
        }
    }

    /** Transactions with nothing behind them: enough for commit and rollback callbacks to run. */
    private static final class TransactionsWithoutResources extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
