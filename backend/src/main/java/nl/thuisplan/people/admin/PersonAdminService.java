package nl.thuisplan.people.admin;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.LoginThrottle;
import nl.thuisplan.auth.totp.SecondFactors;
import nl.thuisplan.auth.Role;
import nl.thuisplan.auth.link.LinkPurpose;
import nl.thuisplan.auth.link.LinkUrls;
import nl.thuisplan.auth.link.OneTimeLinks;
import nl.thuisplan.auth.session.RefreshTokens;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.mail.Delivery;
import nl.thuisplan.mail.MailMessage;
import nl.thuisplan.mail.Mailer;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.admin.PeoplePolicy.Actor;
import nl.thuisplan.people.admin.PersonRecords.Loaded;

/** The beheerder's work on persons: list, details, edit, (de)activate, unlock, password reset. */
@Singleton
class PersonAdminService {

    /** A reset the beheerder sends may wait longer than one the person asks for: the beheerder tells them first. */
    static final Duration RESET_VALID_FOR = Duration.ofHours(24);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", new Locale("nl", "NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final PersonGuard guard;
    private final PeoplePolicy policy;
    private final PersonRecords records;
    private final PersonAdminRepository repository;
    private final OrganisationRepository organisations;
    private final PersonAudit audit;
    private final RefreshTokens sessions;
    private final OneTimeLinks links;
    private final LinkUrls urls;
    private final Mailer mailer;
    private final TenantTransactions tx;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;

    PersonAdminService(PersonGuard guard, PeoplePolicy policy, PersonRecords records, PersonAdminRepository repository,
                       OrganisationRepository organisations, PersonAudit audit, RefreshTokens sessions, OneTimeLinks links,
                       LinkUrls urls, Mailer mailer, TenantTransactions tx, LoginThrottle throttle,
                       SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.guard = guard;
        this.policy = policy;
        this.records = records;
        this.repository = repository;
        this.organisations = organisations;
        this.audit = audit;
        this.sessions = sessions;
        this.links = links;
        this.urls = urls;
        this.mailer = mailer;
        this.throttle = throttle;
        this.tx = tx;
    }

    PersonPage list(Caller caller, PersonQuery query) {
        Actor actor = policy.actor(caller);
        String q = query.q() == null || query.q().isBlank() ? null : PersonInput.name("q", query.q());
        return tx.read(Scope.SYSTEM, () -> {
            Integer region = query.regionCode() == null ? null : organisations.regionId(query.regionCode()).orElse(-1);
            Integer scope = actor.platform() ? null : actor.regionId();
            // the status as the two facts it is made of: active, and a password set
            PersonStatus status = query.status();
            Boolean active = status == null ? null : status != PersonStatus.DEACTIVATED;
            Boolean hasPassword = status == null || status == PersonStatus.DEACTIVATED ? null : status == PersonStatus.ACTIVE;
            var rows = repository.search(q, query.organisationId(), region, scope, active, hasPassword, query.limit(), query.offset());
            return new PersonPage(records.summaries(rows),
                    repository.count(q, query.organisationId(), region, scope, active, hasPassword));
        });
    }

    PersonDetail detail(Caller caller, long id) {
        return guard.read(caller, id, (actor, p) -> records.detail(p, policy.allowedActions(actor, p.target())));
    }

    PersonDetail edit(Caller caller, long id, PersonChange change) {
        String name = PersonInput.name("displayName", change.displayName());
        String email = PersonInput.email("email", change.email());
        return guard.write(caller, id, (actor, p) -> {
            policy.require(actor, p.target(), PersonAction.EDIT);
            if (repository.addressTakenByOther(id, email)) {
                throw emailTaken();
            }
            if (repository.update(id, change.version(), name, email) != 1) {
                throw versionConflict(actor, id);
            }
            if (!name.equals(p.row().displayName())) {
                audit.person(caller.username(), "PERSON_CHANGED", p.target(), "displayName", p.row().displayName(), name, null);
            }
            if (!email.equals(p.row().email())) {
                audit.person(caller.username(), "PERSON_CHANGED", p.target(), "email", p.row().email(), email, null);
            }
            return guard.detail(actor, id);
        });
    }

    PersonDetail deactivate(Caller caller, long id, long version) {
        return guard.write(caller, id, (actor, p) -> {
            policy.require(actor, p.target(), PersonAction.DEACTIVATE);
            if (!p.row().active()) {
                throw new ProblemException(HttpStatus.CONFLICT, "STATUS_CONFLICT", "Deze persoon is al gedeactiveerd.",
                        guard.detail(actor, id));
            }
            boolean platformAdmin = p.target().memberships().stream()
                    .anyMatch(m -> m.role() == Role.PLATFORM_ADMIN && !m.ended(java.time.LocalDate.now())
                            && !m.validFrom().isAfter(java.time.LocalDate.now()));
            if (platformAdmin) {
                repository.lockPlatformAdmins();
                if (repository.otherActivePlatformAdmins(id) == 0) {
                    throw new ProblemException(HttpStatus.CONFLICT, "LAST_PLATFORM_ADMIN",
                            "Dit is de laatste actieve platformbeheerder; die kan niet worden gedeactiveerd.");
                }
            }
            if (repository.setActive(id, version, false) != 1) {
                throw versionConflict(actor, id);
            }
            // V12 records the reason of a revocation in the same word as the status it follows from
            int ended = sessions.revokeAllOf(List.of(id), PersonStatus.DEACTIVATED.name());
            links.revokeOpen(id, LinkPurpose.INVITATION);
            links.revokeOpen(id, LinkPurpose.PASSWORD_RESET);
            audit.person(caller.username(), "PERSON_DEACTIVATED", p.target(), "status", PersonStatus.ACTIVE.name(), PersonStatus.DEACTIVATED.name(),
                    ended + " sessie(s) beëindigd");
            return guard.detail(actor, id);
        });
    }

    PersonDetail activate(Caller caller, long id, long version) {
        return guard.write(caller, id, (actor, p) -> {
            policy.require(actor, p.target(), PersonAction.ACTIVATE);
            if (p.row().active()) {
                throw new ProblemException(HttpStatus.CONFLICT, "STATUS_CONFLICT", "Deze persoon is al actief.",
                        guard.detail(actor, id));
            }
            if (repository.setActive(id, version, true) != 1) {
                throw versionConflict(actor, id);
            }
            audit.person(caller.username(), "PERSON_ACTIVATED", p.target(), "status", PersonStatus.DEACTIVATED.name(),
                    PersonStatus.ACTIVE.name(), null);
            return guard.detail(actor, id);
        });
    }

    /** Lifts a lock-out; a person who is not locked stays as it is and leaves no event. */
    PersonDetail unlock(Caller caller, long id) {
        return guard.write(caller, id, (actor, p) -> {
            policy.require(actor, p.target(), PersonAction.UNLOCK);
            if (p.row().locked() && repository.unlock(id) == 1) {
                audit.person(caller.username(), "PERSON_UNLOCKED", p.target(), null, null, null, null);
            }
            // the per-address counters of its names too, so the person is not still refused from their own office
            throttle.unlock(java.util.Arrays.asList(p.row().username(), p.row().email())); // email may be null
            return guard.detail(actor, id);
        });
    }

    /**
     * Removes a person's second factor (a lost phone): the person logs in with the password alone and enrols
     * again (at once, if the organisation requires it). Who may reset a password may do this; audited.
     */
    PersonDetail resetSecondFactor(Caller caller, long id) {
        return guard.write(caller, id, (actor, p) -> {
            policy.require(actor, p.target(), PersonAction.RESET_PASSWORD);
            secondFactors.reset(caller.username(), id);
            return guard.detail(actor, id);
        });
    }

    /** A new reset link (older ones revoked), mailed; without SMTP the beheerder gets the link to pass on. */
    PersonPasswordReset resetPassword(Caller caller, long id) {
        record Made(String email, String name, OneTimeLinks.Issued link) {
        }
        Made made = guard.write(caller, id, (actor, p) -> {
            policy.require(actor, p.target(), PersonAction.RESET_PASSWORD);
            if (!p.row().active() || !p.row().hasPassword() || p.row().email() == null) {
                throw new ProblemException(HttpStatus.CONFLICT, "STATUS_CONFLICT",
                        "Alleen een actieve persoon met een wachtwoord en e-mailadres krijgt een herstellink; "
                                + "stuur een uitgenodigde persoon de uitnodiging opnieuw.");
            }
            String email = p.row().email().toLowerCase(Locale.ROOT);
            links.revokeOpen(id, LinkPurpose.PASSWORD_RESET);
            OneTimeLinks.Issued link = links.create(LinkPurpose.PASSWORD_RESET, id, email, caller.username(), RESET_VALID_FOR);
            audit.person(caller.username(), "PASSWORD_RESET_SENT", p.target(), null, null, null, null);
            return new Made(email, p.row().displayName(), link);
        });
        String url = urls.setPassword(made.link().token());
        Delivery delivery = mailer.send(MailMessage.text(made.email(), "Nieuw wachtwoord voor Thuisplan", """
                Beste %s,

                %s, beheerder van Thuisplan, heeft voor u een link gemaakt om een nieuw wachtwoord te kiezen:

                %s

                De link werkt één keer en is geldig tot %s.

                Met vriendelijke groet,
                Thuisplan
                """.formatted(made.name(), Objects.requireNonNullElse(caller.displayName(), caller.username()), url,
                WHEN.format(made.link().expiresAt()))));
        boolean mailed = delivery == Delivery.SENT;
        return new PersonPasswordReset(mailed, mailed ? null : url);
    }

    static ProblemException emailTaken() {
        return new ProblemException(HttpStatus.CONFLICT, "EMAIL_TAKEN", "Er is al iemand met dit e-mailadres.");
    }

    private ProblemException versionConflict(Actor actor, long id) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft deze persoon intussen gewijzigd. Bekijk de huidige gegevens.", guard.detail(actor, id));
    }

}
