package nl.thuisplan.auth.firstadmin;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.thuisplan.auth.link.LinkPurpose;
import nl.thuisplan.auth.link.LinkUrls;
import nl.thuisplan.auth.link.OneTimeLinks;
import nl.thuisplan.auth.password.AccountAudit;
import nl.thuisplan.auth.password.Persons;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;

/**
 * Creates the first platform beheerder: username = the lower-cased address, no password, and a
 * {@code FIRST_ADMIN} link valid for {@link #VALID_FOR}. Refuses when an active platform beheerder
 * exists or the address is taken.
 */
@Singleton
public class FirstAdmin {

    public static final Duration VALID_FOR = Duration.ofMinutes(60);
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}");

    private final PlatformAdmins admins;
    private final Persons persons;
    private final OneTimeLinks links;
    private final LinkUrls urls;
    private final People people;
    private final OrganisationRepository organisations;
    private final AccountAudit audit;
    private final TenantTransactions tx;

    FirstAdmin(PlatformAdmins admins, Persons persons, OneTimeLinks links, LinkUrls urls, People people,
               OrganisationRepository organisations,
               AccountAudit audit, TenantTransactions tx) {
        this.admins = admins;
        this.persons = persons;
        this.links = links;
        this.urls = urls;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.tx = tx;
    }

    /** Why the command did nothing, in Dutch for the operator. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public record Created(long userId, String username, String link, Instant expiresAt) {
    }

    public Created create(String email, String name) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        String displayName = name == null ? "" : name.trim();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new Refused("Geen geldig e-mailadres: '" + email + "'.");
        }
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new Refused("Geef een naam van 1 tot 200 tekens (--name).");
        }
        return tx.write(Scope.SYSTEM, () -> {
            admins.lock();
            if (admins.activeExists()) {
                throw new Refused("Er is al een actieve platformbeheerder. Deze opdracht is alleen voor de eerste start; "
                        + "een beheerder nodigt verdere personen uit in Thuisplan zelf.");
            }
            if (persons.byUsername(address).isPresent()) {
                throw new Refused("Er bestaat al een account met het adres " + address + ".");
            }
            long userId = people.createPerson(null, displayName, address, false).userId();
            people.addMembership(userId, organisations.platform().orElseThrow(), null, false, LocalDate.now(), null);
            OneTimeLinks.Issued link = links.create(LinkPurpose.FIRST_ADMIN, userId, address, "admin create", VALID_FOR);
            audit.record("admin create", "PLATFORM_ADMIN_CREATED", userId, address);
            return new Created(userId, address, urls.setPassword(link.token()), link.expiresAt());
        });
    }
}
