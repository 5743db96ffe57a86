package nl.thuisplan.auth.password;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import nl.thuisplan.auth.link.LinkPurpose;
import nl.thuisplan.auth.link.LinkUrls;
import nl.thuisplan.auth.link.OneTimeLinks;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.mail.MailMessage;
import nl.thuisplan.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Wachtwoord vergeten": whoever asks gets the same answer at once, whether the address is known
 * or not; the lookup, the link and the mail happen afterwards on another thread, so neither the
 * answer nor its timing tells whether an account exists. An active person with the address gets
 * a link valid for an hour; a new link revokes the previous one; at most
 * {@code thuisplan.password.reset-per-hour} (3) links per address per hour, against mail bombing.
 */
@Singleton
class PasswordReset {

    static final Duration VALID_FOR = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(PasswordReset.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", new Locale("nl", "NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final Persons persons;
    private final OneTimeLinks links;
    private final LinkUrls urls;
    private final Mailer mailer;
    private final TenantTransactions tx;
    private final ExecutorService executor;
    private final int perHour;

    PasswordReset(Persons persons, OneTimeLinks links, LinkUrls urls, Mailer mailer, TenantTransactions tx,
                  @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                  @Value("${thuisplan.password.reset-per-hour:3}") int perHour) {
        this.persons = persons;
        this.links = links;
        this.urls = urls;
        this.mailer = mailer;
        this.tx = tx;
        this.executor = executor;
        this.perHour = perHour;
    }

    /** Starts the work and returns at once; the future is for tests and logs only, never for the answer. */
    CompletableFuture<Void> request(String email) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        return CompletableFuture.runAsync(() -> {
            try {
                send(address);
            } catch (RuntimeException e) {
                LOG.warn("Password reset mail for a requested address failed", e);
            }
        }, executor);
    }

    private void send(String address) {
        Optional<OneTimeLinks.Issued> issued = tx.write(Scope.SYSTEM, () -> {
            Optional<Long> person = persons.personIdByEmail(address);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            if (links.countRecent(address, LinkPurpose.PASSWORD_RESET, Duration.ofHours(1)) >= perHour) {
                LOG.warn("Password reset refused: {} links for one address within the hour", perHour);
                return Optional.empty();
            }
            links.revokeOpen(person.get(), LinkPurpose.PASSWORD_RESET);
            return Optional.of(links.create(LinkPurpose.PASSWORD_RESET, person.get(), address, "wachtwoord-vergeten", VALID_FOR));
        });
        issued.ifPresent(link -> mailer.send(MailMessage.text(address, "Nieuw wachtwoord voor Thuisplan", """
                Goedendag,

                Iemand (hopelijk u) heeft gevraagd om een nieuw wachtwoord voor uw account bij Thuisplan.
                Kies een nieuw wachtwoord via deze link:

                %s

                De link werkt één keer en is geldig tot %s uur. Heeft u dit niet zelf gevraagd? Dan kunt u
                deze mail negeren: uw wachtwoord blijft dan hetzelfde.

                Met vriendelijke groet,
                Thuisplan
                """.formatted(urls.setPassword(link.token()), TIME.format(link.expiresAt())))));
    }
}
