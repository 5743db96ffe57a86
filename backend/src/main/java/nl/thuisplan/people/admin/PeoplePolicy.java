package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.people.OrganisationKind;

/**
 * Who may do what to whom in the administration of people: the one place of these rules. The
 * services ask it before every change, and {@link #allowedActions} tells a client what to offer.
 *
 * <ul>
 *   <li>A platform beheerder manages everyone, but not its own memberships (nobody raises their own role).</li>
 *   <li>A regio beheerder (programme manager whose active membership has {@code managesPeople}) manages the
 *       people whose current memberships all work in its region (its gemeenten today, partners for its
 *       region, its own REGIO organisation) and hold no platform or provincie role; never itself; it grants
 *       only roles of its region and never {@code managesPeople}.</li>
 *   <li>Everyone else: 403 on the whole administration.</li>
 * </ul>
 */
@Singleton
public class PeoplePolicy {

    /** Roles only a platform beheerder grants or manages. */
    private static final Set<Role> PLATFORM_ONLY = EnumSet.of(Role.PLATFORM_ADMIN, Role.PROVINCE_ANALYST);

    /** Who asks: a platform beheerder, or a regio beheerder of one region. */
    public record Actor(String username, boolean platform, @Nullable Integer regionId) {
    }

    /** What the policy needs to know about a person. */
    public record Target(long userId, String username, boolean active, boolean hasPassword, boolean locked,
                         boolean openInvitation, List<Held> memberships) {

        boolean self(Actor actor) {
            return username.equals(actor.username());
        }
    }

    /** A membership of the person and the regions it works in today. */
    public record Held(long membershipId, Role role, Set<Integer> regionIds, boolean managesPeople, LocalDate validFrom,
                       @Nullable LocalDate validTo) {

        boolean ended(LocalDate today) {
            return validTo != null && validTo.isBefore(today);
        }
    }

    /** The caller as an actor of the administration; 403 FORBIDDEN for anyone who manages nobody. */
    public Actor actor(Caller caller) {
        if (caller.is(Role.PLATFORM_ADMIN)) {
            return new Actor(caller.username(), true, null);
        }
        if (caller.is(Role.REGION_PROGRAMME_MANAGER) && caller.managesPeople() && caller.scope().regionIds().size() == 1
                && !caller.scope().allRegions()) {
            return new Actor(caller.username(), false, caller.scope().regionIds().iterator().next());
        }
        throw ProblemException.forbidden("Alleen een beheerder of een regio beheerder mag mensen beheren.");
    }

    /** Whether the person shows up for the actor at all (otherwise: 404, as if it did not exist). */
    public boolean sees(Actor actor, Target target) {
        return actor.platform() || target.self(actor)
                || target.memberships().stream().anyMatch(m -> m.regionIds().contains(actor.regionId()));
    }

    /** Whether the actor may change the person (apart from the person's own memberships). */
    public boolean manages(Actor actor, Target target) {
        if (actor.platform()) {
            return true;
        }
        if (target.self(actor)) {
            return false;
        }
        LocalDate today = LocalDate.now();
        List<Held> current = target.memberships().stream().filter(m -> !m.ended(today)).toList();
        List<Held> relevant = current.isEmpty() ? target.memberships() : current;
        return !relevant.isEmpty() && relevant.stream()
                .allMatch(m -> !PLATFORM_ONLY.contains(m.role()) && m.regionIds().contains(actor.regionId()));
    }

    public List<PersonAction> allowedActions(Actor actor, Target target) {
        List<PersonAction> out = new ArrayList<>();
        if (!manages(actor, target)) {
            return out;
        }
        boolean self = target.self(actor);
        out.add(PersonAction.EDIT);
        out.add(target.active() ? PersonAction.DEACTIVATE : PersonAction.ACTIVATE);
        if (target.locked()) {
            out.add(PersonAction.UNLOCK);
        }
        if (target.active() && target.hasPassword()) {
            out.add(PersonAction.RESET_PASSWORD);
        }
        if (target.active() && !target.hasPassword()) {
            out.add(PersonAction.INVITE_AGAIN);
        }
        if (target.openInvitation()) {
            out.add(PersonAction.REVOKE_INVITATION);
        }
        if (!self) {
            out.add(PersonAction.ADD_MEMBERSHIP);
        }
        out.add(PersonAction.REVOKE_SESSIONS);
        return out;
    }

    /**
     * Refuses an action on a person: 404 when the actor does not see the person, 403 when the actor
     * may not manage it (its own memberships: FORBIDDEN; outside its region: SCOPE_NOT_ALLOWED).
     * Whether the person's state allows the action is the service's own check.
     */
    public void require(Actor actor, Target target, PersonAction action) {
        if (!sees(actor, target)) {
            throw ProblemException.notFound("Persoon");
        }
        if (target.self(actor) && (action == PersonAction.ADD_MEMBERSHIP || !actor.platform())) {
            throw ProblemException.forbidden("Niemand wijzigt de eigen rollen of het eigen account via het beheer.");
        }
        if (!manages(actor, target)) {
            throw scopeNotAllowed();
        }
    }

    /**
     * Refuses a membership the actor may not grant: the role must fit the organisation (400); a regio
     * beheerder grants no platform or provincie role and no {@code managesPeople} (403 ROLE_NOT_ALLOWED)
     * and only within its region (403 SCOPE_NOT_ALLOWED). {@code target} is null for a new person.
     */
    public void requireMayGrant(Actor actor, Organisation organisation, Role role, @Nullable Integer partnerRegionId,
                                boolean managesPeople, @Nullable Target target,
                                BiPredicate<String, Integer> municipalityInRegion) {
        if (organisation.kind().role() != role) {
            throw ProblemException.badInput("role", "ROLE_MISMATCH", "Deze rol past niet bij de soort organisatie.");
        }
        if (target != null) {
            require(actor, target, PersonAction.ADD_MEMBERSHIP);
        }
        if (actor.platform()) {
            return;
        }
        if (PLATFORM_ONLY.contains(role) || managesPeople) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED",
                    "Een regio beheerder kent geen platform- of provincierol toe en geeft niemand het beheer van mensen.");
        }
        int region = actor.regionId();
        boolean inRegion = switch (organisation.kind()) {
            case GEMEENTE -> municipalityInRegion.test(organisation.municipalityCode(), region);
            case REGIO -> organisation.regionId() != null && organisation.regionId() == region;
            case WONINGCORPORATIE, ZORGAANBIEDER -> partnerRegionId != null && partnerRegionId == region;
            case PLATFORM, PROVINCIE -> false;
        };
        if (!inRegion || organisation.kind() == OrganisationKind.PLATFORM) {
            throw scopeNotAllowed();
        }
    }

    /** Refuses a change of one of the person's memberships: ending it, or (platform only) managesPeople. */
    public void requireMayChange(Actor actor, Target target, Held membership, boolean managesPeople) {
        require(actor, target, PersonAction.ADD_MEMBERSHIP);
        if (actor.platform()) {
            return;
        }
        if (managesPeople != membership.managesPeople()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED",
                    "Alleen de platformbeheerder geeft of ontneemt het beheer van mensen.");
        }
        if (!membership.regionIds().contains(actor.regionId())) {
            throw scopeNotAllowed();
        }
    }

    private static ProblemException scopeNotAllowed() {
        return new ProblemException(HttpStatus.FORBIDDEN, "SCOPE_NOT_ALLOWED",
                "Deze persoon of dit lidmaatschap valt buiten uw regio.");
    }
}
