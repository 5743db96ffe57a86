package nl.thuisplan.notification;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import io.micronaut.core.annotation.Nullable;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * A person's own notifications and mail choice. They belong to the person, whichever region or membership
 * they came from, so they are read under the system scope narrowed to the person ({@code thuisplan.person},
 * see V19): the database shows no one else's, also to a platform beheerder.
 */
@Singleton
class NotificationService {

    static final int MAX_PAGE_SIZE = 100;

    @Serdeable
    record NotificationView(long id, NotificationKind kind, String title, @Nullable String summary, String link, Instant createdAt,
                            @Nullable Instant readAt) {
    }

    @Serdeable
    record NotificationPage(List<NotificationView> items, long total, long unread, int page, int size) {
    }

    @Serdeable
    record UnreadCount(long unread) {
    }

    @Serdeable
    record Preference(MailPreference mail) {
    }

    private final NotificationRepository repository;
    private final TenantTransactions tx;

    NotificationService(NotificationRepository repository, TenantTransactions tx) {
        this.repository = repository;
        this.tx = tx;
    }

    NotificationPage page(Caller caller, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badInput("size", "RANGE", "Een pagina telt 1 tot " + MAX_PAGE_SIZE + " meldingen.");
        }
        return asPerson(caller, false, me -> new NotificationPage(repository.page(me, size, page * size).stream()
                .map(i -> new NotificationView(i.notificationId(), NotificationKind.valueOf(i.kind()), i.title(), i.summary(), i.link(),
                        i.createdAt(), i.readAt())).toList(), repository.count(me), repository.unread(me), page, size));
    }

    UnreadCount unread(Caller caller) {
        return asPerson(caller, false, me -> new UnreadCount(repository.unread(me)));
    }

    /** Marking one read twice is fine; somebody else's (or none) is 404. */
    UnreadCount markRead(Caller caller, long id) {
        return asPerson(caller, true, me -> {
            if (repository.own(me, id) == 0) {
                throw ProblemException.notFound("Melding " + id);
            }
            repository.markRead(me, id);
            return new UnreadCount(repository.unread(me));
        });
    }

    UnreadCount markAllRead(Caller caller) {
        return asPerson(caller, true, me -> {
            repository.markAllRead(me);
            return new UnreadCount(0);
        });
    }

    Preference preference(Caller caller) {
        return asPerson(caller, false, me -> new Preference(repository.preference(me).map(MailPreference::valueOf)
                .orElse(MailPreference.IMMEDIATE)));
    }

    Preference setPreference(Caller caller, @Nullable MailPreference mail) {
        if (mail == null) {
            throw ProblemException.badInput("mail", "REQUIRED", "Kies hoe u meldingen per e-mail wilt krijgen.");
        }
        return asPerson(caller, true, me -> {
            repository.setPreference(me, mail.name());
            return new Preference(mail);
        });
    }

    private <T> T asPerson(Caller caller, boolean write, LongFunction<T> work) {
        java.util.function.Supplier<T> inner = () -> {
            long me = repository.userId(caller.username()).orElseThrow(() -> ProblemException.notFound("Persoon"));
            repository.actAs(String.valueOf(me));
            return work.apply(me);
        };
        return write ? tx.write(Scope.SYSTEM, inner) : tx.read(Scope.SYSTEM, inner);
    }
}
