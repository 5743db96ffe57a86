package nl.thuisplan.people.admin;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Membership;
import nl.thuisplan.auth.Role;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.auth.link.LinkPurpose;
import nl.thuisplan.auth.link.LinkUrls;
import nl.thuisplan.auth.link.OneTimeLinks;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.mail.Delivery;
import nl.thuisplan.mail.MailMessage;
import nl.thuisplan.mail.Mailer;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import nl.thuisplan.people.admin.PeoplePolicy.Actor;
import nl.thuisplan.people.admin.PersonAdminRepository.MembershipRow;

/**
 * Invitations: a person without a password, a first membership, and a single-use link valid for
 * seven days, bound to the address and mailed (without SMTP: shown to the beheerder). Accepting it is
 * wave A's {@code POST /api/v1/auth/links/{token}/password}. A new invitation revokes the earlier links.
 */
@Singleton
class InvitationService {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final PeoplePolicy policy;
    private final PersonGuard guard;
    private final People people;
    private final OrganisationRepository organisations;
    private final PersonAdminRepository repository;
    private final OneTimeLinks links;
    private final LinkUrls urls;
    private final Mailer mailer;
    private final PersonAudit audit;
    private final PersonRecords records;
    private final TenantTransactions tx;

    InvitationService(PeoplePolicy policy, PersonGuard guard, People people, OrganisationRepository organisations,
                      PersonAdminRepository repository, OneTimeLinks links, LinkUrls urls, Mailer mailer, PersonAudit audit,
                      PersonRecords records, TenantTransactions tx) {
        this.policy = policy;
        this.guard = guard;
        this.people = people;
        this.organisations = organisations;
        this.repository = repository;
        this.links = links;
        this.urls = urls;
        this.mailer = mailer;
        this.audit = audit;
        this.records = records;
        this.tx = tx;
    }

    /** What the mail needs, made inside the transaction and sent after it committed. */
    record Made(long userId, String email, String displayName, String organisation, Role role,
                        OneTimeLinks.Issued link) {
    }

    InvitationSent invite(Caller caller, InvitationRequest request) {
        Actor actor = policy.actor(caller);
        Made made = tx.write(Scope.SYSTEM, () -> create(caller, actor, request));
        return sent(caller, actor, made);
    }

    /**
     * Checks and creates one invitation inside the caller's system-scope transaction (a single one,
     * or a row of a bulk file); the mail is {@link #send}'s, after the commit.
     */
    Made create(Caller caller, Actor actor, InvitationRequest request) {
        String email = PersonInput.email("email", request.email());
        String name = PersonInput.name("displayName", request.displayName());
        if (request.organisationId() == null) {
            throw ProblemException.badInput("organisationId", "REQUIRED", "Kies een organisatie.");
        }
        if (request.role() == null) {
            throw ProblemException.badInput("role", "REQUIRED", "Kies een rol.");
        }
        LocalDate from = request.validFrom() == null ? LocalDate.now() : request.validFrom();
        PersonInput.period(from, request.validTo());
        boolean managesPeople = Boolean.TRUE.equals(request.managesPeople());
        return tx.write(Scope.SYSTEM, () -> {
            Organisation organisation = organisations.findById(request.organisationId())
                    .orElseThrow(() -> ProblemException.badInput("organisationId", "UNKNOWN", "Deze organisatie bestaat niet."));
            Integer partnerRegion = partnerRegion(request.regionCode());
            policy.requireMayGrant(actor, organisation, request.role(), partnerRegion, managesPeople, null,
                    repository::municipalityInRegion);
            if (repository.addressTakenByOther(-1, email)) {
                throw PersonAdminService.emailTaken();
            }
            UserAccount person = people.createPerson(null, name, email, false);
            Membership membership = people.addMembership(person.userId(), organisation, partnerRegion, managesPeople, from,
                    request.validTo());
            OneTimeLinks.Issued link = links.create(LinkPurpose.INVITATION, person.userId(), email, caller.username(), VALID_FOR);
            PersonRecords.Loaded loaded = records.load(person.userId());
            audit.person(caller.username(), "PERSON_INVITED", loaded.target(), null, null, null,
                    organisation.name() + " (" + request.role().name() + ")");
            loaded.target().memberships().stream().filter(h -> h.membershipId() == membership.membershipId()).findFirst()
                    .ifPresent(h -> audit.membership(caller.username(), "MEMBERSHIP_ADDED", h, null, null, null,
                            organisation.name() + " (" + request.role().name() + ")"));
            return new Made(person.userId(), email, name, organisation.name(), request.role(), link);
        });
    }

    /** A new link for an invited person (active, no password yet); earlier links stop working. */
    InvitationSent again(Caller caller, long id) {
        Actor[] who = new Actor[1];
        Made made = guard.write(caller, id, (actor, p) -> {
            who[0] = actor;
            policy.require(actor, p.target(), PersonAction.INVITE_AGAIN);
            if (!p.row().active() || p.row().hasPassword() || p.row().email() == null) {
                throw new ProblemException(HttpStatus.CONFLICT, "STATUS_CONFLICT", p.row().active()
                        ? "Deze persoon heeft al een wachtwoord; stuur zo nodig een herstellink."
                        : "Deze persoon is gedeactiveerd en kan niet opnieuw worden uitgenodigd.");
            }
            String email = p.row().email().toLowerCase(java.util.Locale.ROOT);
            links.revokeOpen(id, LinkPurpose.INVITATION);
            OneTimeLinks.Issued link = links.create(LinkPurpose.INVITATION, id, email, caller.username(), VALID_FOR);
            audit.person(caller.username(), "INVITATION_RENEWED", p.target(), null, null, null, null);
            LocalDate today = LocalDate.now();
            MembershipRow first = p.memberships().stream().filter(m -> m.validTo() == null || !m.validTo().isBefore(today))
                    .findFirst().orElse(p.memberships().isEmpty() ? null : p.memberships().get(0));
            return new Made(id, email, p.row().displayName(), first == null ? "Thuisplan" : first.organisationName(),
                    first == null ? null : first.role(), link);
        });
        return sent(caller, who[0], made);
    }

    void revoke(Caller caller, long id) {
        guard.write(caller, id, (actor, p) -> {
            policy.require(actor, p.target(), PersonAction.REVOKE_INVITATION);
            if (links.revokeOpen(id, LinkPurpose.INVITATION) > 0) {
                audit.person(caller.username(), "INVITATION_REVOKED", p.target(), null, null, null, null);
            }
            return null;
        });
    }

    private Integer partnerRegion(String regionCode) {
        if (regionCode == null) {
            return null;
        }
        return organisations.regionId(regionCode)
                .orElseThrow(() -> ProblemException.badInput("regionCode", "UNKNOWN", "Deze regio bestaat niet."));
    }

    private InvitationSent sent(Caller caller, Actor actor, Made made) {
        boolean mailed = send(caller, made) == Delivery.SENT;
        PersonDetail person = tx.read(Scope.SYSTEM, () -> guard.detail(actor, made.userId()));
        return new InvitationSent(person, new InvitationSent.Link(made.link().expiresAt().atOffset(ZoneOffset.UTC), mailed,
                mailed ? null : urls.setPassword(made.link().token())));
    }

    /** The invitation mail (without SMTP: the log, and the caller shows the link). */
    Delivery send(Caller caller, Made made) {
        String url = urls.setPassword(made.link().token());
        String inviter = Objects.requireNonNullElse(caller.displayName(), caller.username());
        return mailer.send(MailMessage.text(made.email(), "Uitnodiging voor Thuisplan", """
                Beste %s,

                %s nodigt u uit voor Thuisplan, als %s bij %s.

                Kies via deze link uw wachtwoord; daarna kunt u inloggen met uw e-mailadres (%s):

                %s

                De link werkt één keer en is geldig tot %s. Verwachtte u deze uitnodiging niet? Dan kunt u
                deze mail negeren.

                Met vriendelijke groet,
                Thuisplan
                """.formatted(made.displayName(), inviter, roleName(made.role()), made.organisation(), made.email(), url,
                PersonAdminService.WHEN.format(made.link().expiresAt()))));
    }

    static String roleName(Role role) {
        if (role == null) {
            return "gebruiker";
        }
        return switch (role) {
            case PLATFORM_ADMIN -> "platformbeheerder";
            case REGION_PROGRAMME_MANAGER -> "regio programmamanager";
            case MUNICIPALITY_OFFICER -> "beleidsmedewerker";
            case PROVINCE_ANALYST -> "provincie analist";
            case CORPORATIE_MEDEWERKER -> "medewerker woningcorporatie";
            case ZORGAANBIEDER_MEDEWERKER -> "medewerker zorgaanbieder";
        };
    }
}
