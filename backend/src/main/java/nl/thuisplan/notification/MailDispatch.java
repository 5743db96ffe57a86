package nl.thuisplan.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.mail.Mailer;
import nl.thuisplan.notification.NotificationRepository.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails new notifications to the people who want them at once: right after the step's commit (off the
 * request thread), and every minute for what a failed or interrupted attempt left. A notification is
 * claimed (locked, marked mailed) before it is sent, so two instances never send it twice; a mail that
 * then fails is logged, not retried.
 */
@Singleton
class MailDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatch.class);

    private final NotificationRepository repository;
    private final NotificationMail mail;
    private final Mailer mailer;
    private final TenantTransactions tx;
    /**
     * A plain thread of its own: Micronaut's executors carry the submitting thread's propagated context, and
     * after a commit that is the finished transaction with its connection already returned to the pool.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    MailDispatch(NotificationRepository repository, NotificationMail mail, Mailer mailer, TenantTransactions tx) {
        this.repository = repository;
        this.mail = mail;
        this.mailer = mailer;
        this.tx = tx;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void soon() {
        executor.execute(this::sendPending);
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void sendPending() {
        try {
            List<Pending> claimed = tx.write(Scope.SYSTEM, () -> {
                repository.actAs("*");
                List<Pending> pending = repository.pendingImmediate(MailPreference.IMMEDIATE.name());
                if (!pending.isEmpty()) {
                    repository.markMailed(pending.stream().map(p -> String.valueOf(p.notificationId())).toArray(String[]::new));
                }
                return pending;
            });
            perPerson(claimed).values().forEach(items -> send(() -> mailer.send(mail.immediate(items))));
        } catch (RuntimeException e) {
            LOG.warn("Notifications could not be mailed", e);
        }
    }

    static Map<Long, List<Pending>> perPerson(List<Pending> items) {
        Map<Long, List<Pending>> per = new LinkedHashMap<>();
        items.forEach(p -> per.computeIfAbsent(p.userId(), k -> new java.util.ArrayList<>()).add(p));
        return per;
    }

    static void send(Runnable sending) {
        try {
            sending.run();
        } catch (RuntimeException e) {
            LOG.warn("A notification mail could not be sent", e);
        }
    }
}
