package nl.thuisplan.notification;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Set;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.notification.AudienceRepository.Recipient;

/**
 * The one hook: every recorded audit change passes the rules; what they plan is written in the same
 * transaction as the step (a rolled back step leaves no notification) and mailed after its commit.
 * The actor is never told of its own step.
 */
@Singleton
class Notifications implements ApplicationEventListener<AuditLog.Recorded> {

    private final NotificationRules rules;
    private final NotificationRepository repository;
    private final MailDispatch dispatch;
    private final TenantTransactions tx;

    Notifications(NotificationRules rules, NotificationRepository repository, MailDispatch dispatch, TenantTransactions tx) {
        this.rules = rules;
        this.repository = repository;
        this.dispatch = dispatch;
        this.tx = tx;
    }

    @Override
    public void onApplicationEvent(AuditLog.Recorded event) {
        for (AuditLog.Change change : event.changes()) {
            if (rules.concerns(change)) {
                rules.plan(change).forEach(notice -> write(notice, change.actor()));
            }
        }
    }

    /** Writes one notice for each of its recipients but the actor; 0 when nobody was left to tell. */
    int write(Notice notice, String actor) {
        Set<Long> told = new HashSet<>();
        for (Recipient r : notice.recipients()) {
            if (!r.username().equals(actor) && told.add(r.userId())) {
                repository.insert(notice.regionId(), r.userId(), notice.kind().name(), clip(notice.title(), 300),
                        notice.summary() == null ? null : clip(notice.summary(), 2000), notice.link().apply(r));
            }
        }
        if (!told.isEmpty()) {
            tx.afterCommit(dispatch::soon);
        }
        return told.size();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
