package nl.thuisplan.people.admin;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Objects;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Membership;
import nl.thuisplan.auth.MembershipRepository;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import nl.thuisplan.people.admin.PeoplePolicy.Held;
import nl.thuisplan.people.admin.PersonRecords.Loaded;

/** Adding a membership to a person, and ending one or changing its managesPeople; never deleting. */
@Singleton
class MembershipAdminService {

    private final PersonGuard guard;
    private final PeoplePolicy policy;
    private final People people;
    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final PersonAdminRepository repository;
    private final PersonRecords records;
    private final PersonAudit audit;
    private final TenantTransactions tx;

    MembershipAdminService(PersonGuard guard, PeoplePolicy policy, People people, OrganisationRepository organisations,
                           MembershipRepository memberships, PersonAdminRepository repository, PersonRecords records,
                           PersonAudit audit, TenantTransactions tx) {
        this.guard = guard;
        this.policy = policy;
        this.people = people;
        this.organisations = organisations;
        this.memberships = memberships;
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.tx = tx;
    }

    MembershipView add(Caller caller, long userId, MembershipRequest request) {
        PersonInput.period(request.validFrom(), request.validTo());
        boolean managesPeople = Boolean.TRUE.equals(request.managesPeople());
        return guard.write(caller, userId, (actor, p) -> {
            Organisation organisation = organisations.findById(request.organisationId())
                    .orElseThrow(() -> ProblemException.badInput("organisationId", "UNKNOWN", "Deze organisatie bestaat niet."));
            Integer partnerRegion = request.regionCode() == null ? null : organisations.regionId(request.regionCode())
                    .orElseThrow(() -> ProblemException.badInput("regionCode", "UNKNOWN", "Deze regio bestaat niet."));
            policy.requireMayGrant(actor, organisation, request.role(), partnerRegion, managesPeople, p.target(),
                    repository::municipalityInRegion);
            Membership added = people.addMembership(userId, organisation, partnerRegion, managesPeople, request.validFrom(),
                    request.validTo());
            Loaded after = records.load(userId);
            Held held = held(after, added.membershipId());
            audit.membership(caller.username(), "MEMBERSHIP_ADDED", held, null, null, null,
                    organisation.name() + " (" + request.role().name() + ")");
            return view(after, added.membershipId());
        });
    }

    MembershipView change(Caller caller, long membershipId, MembershipChange change) {
        policy.actor(caller); // who manages nobody learns nothing, not even whether the membership exists
        Membership current = tx.read(caller.scope(), () -> memberships.findById(membershipId))
                .orElseThrow(() -> ProblemException.notFound("Lidmaatschap"));
        PersonInput.period(current.validFrom(), change.validTo());
        return guard.write(caller, current.userId(), (actor, p) -> {
            Held held = held(p, membershipId);
            boolean managesPeople = change.managesPeople();
            policy.requireMayChange(actor, p.target(), held, managesPeople);
            if (managesPeople && held.role() != Role.REGION_PROGRAMME_MANAGER) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "ROLE_NOT_ALLOWED",
                        "Alleen een regio programmamanager kan ook de mensen van de regio beheren.");
            }
            boolean overlaps = p.memberships().stream().anyMatch(m -> m.membershipId() != membershipId
                    && m.organisationId() == current.organisationId() && m.role() == current.role()
                    && (change.validTo() == null || !m.validFrom().isAfter(change.validTo()))
                    && (m.validTo() == null || !current.validFrom().isAfter(m.validTo())));
            if (overlaps) {
                throw new ProblemException(HttpStatus.CONFLICT, "MEMBERSHIP_OVERLAPS",
                        "Deze persoon heeft in die periode al dit lidmaatschap bij deze organisatie.");
            }
            if (repository.updateMembership(membershipId, change.version(), change.validTo(), managesPeople) != 1) {
                throw new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                        "Iemand anders heeft dit lidmaatschap intussen gewijzigd. Bekijk de huidige gegevens.",
                        view(p, membershipId));
            }
            if (!Objects.equals(change.validTo(), held.validTo())) {
                audit.membership(caller.username(), "MEMBERSHIP_CHANGED", held, "validTo", text(held.validTo()),
                        text(change.validTo()), null);
            }
            if (managesPeople != held.managesPeople()) {
                audit.membership(caller.username(), "MEMBERSHIP_CHANGED", held, "managesPeople",
                        String.valueOf(held.managesPeople()), String.valueOf(managesPeople), null);
            }
            return view(records.load(current.userId()), membershipId);
        });
    }

    private static Held held(Loaded p, long membershipId) {
        return p.target().memberships().stream().filter(m -> m.membershipId() == membershipId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Lidmaatschap"));
    }

    private static MembershipView view(Loaded p, long membershipId) {
        return p.memberships().stream().filter(m -> m.membershipId() == membershipId).findFirst().map(PersonRecords::view)
                .orElseThrow(() -> ProblemException.notFound("Lidmaatschap"));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
