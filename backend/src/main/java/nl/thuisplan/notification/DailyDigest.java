package nl.thuisplan.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.mail.Mailer;
import nl.thuisplan.notification.NotificationRepository.Pending;

/**
 * At 07:00 one mail per person who chose the digest, with its unread notifications of the last day.
 * {@code notification_digest} (person, day) makes it once per person per day on any number of instances.
 */
@Singleton
class DailyDigest {

    private final NotificationRepository repository;
    private final NotificationMail mail;
    private final Mailer mailer;
    private final TenantTransactions tx;

    DailyDigest(NotificationRepository repository, NotificationMail mail, Mailer mailer, TenantTransactions tx) {
        this.repository = repository;
        this.mail = mail;
        this.mailer = mailer;
        this.tx = tx;
    }

    @Scheduled(cron = "0 0 7 * * *")
    void daily() {
        send(LocalDate.now());
    }

    /** The digests of {@code day}; the number of mails sent. */
    int send(LocalDate day) {
        List<List<Pending>> digests = tx.write(Scope.SYSTEM, () -> {
            repository.actAs("*");
            List<List<Pending>> all = new ArrayList<>();
            for (long person : repository.digestReaders(MailPreference.DAILY_DIGEST.name())) {
                if (repository.claimDigest(person, day) == 1) {
                    List<Pending> items = repository.digestOf(person);
                    if (!items.isEmpty()) {
                        repository.markMailed(items.stream().map(p -> String.valueOf(p.notificationId())).toArray(String[]::new));
                        all.add(items);
                    }
                }
            }
            return all;
        });
        digests.forEach(items -> MailDispatch.send(() -> mailer.send(mail.digest(items))));
        return digests.size();
    }
}
