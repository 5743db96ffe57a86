package nl.thuisplan.region.admin;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.region.admin.RegionAdminRepository.MemberRow;

/**
 * Who may do what with regions, in one place: the service's checks and the {@code allowedActions} of
 * every view come from here, so the screen offers exactly what the server will accept. Reading is for
 * the platform beheerder (every region) and a regio beheerder (its own); changing for the platform
 * beheerder only.
 */
final class RegionAdminPolicy {

    private RegionAdminPolicy() {
    }

    /** The one rule for every change to regions, deelregio's and membership periods. */
    static boolean mayChange(Caller caller) {
        return caller.is(Role.PLATFORM_ADMIN);
    }

    static void requireChange(Caller caller) {
        if (!mayChange(caller)) {
            throw ProblemException.forbidden("Alleen de platformbeheerder mag regio's en hun leden wijzigen.");
        }
    }

    /** The regio beheerder's own region code; null (every region) for the platform beheerder. */
    static @Nullable String readable(Caller caller) {
        if (caller.is(Role.PLATFORM_ADMIN)) {
            return null;
        }
        if (caller.is(Role.REGION_PROGRAMME_MANAGER) && caller.managesPeople() && caller.region() != null) {
            return caller.region().code();
        }
        throw ProblemException.forbidden("Alleen een beheerder mag regio's beheren.");
    }

    static List<RegionAdminAction> regionActions(Caller caller) {
        return mayChange(caller) ? List.of(RegionAdminAction.ADD_MEMBER, RegionAdminAction.ADD_SUBREGION) : List.of();
    }

    /** Confirming only what is still to be confirmed, ending only an open period. */
    static List<RegionMemberAction> memberActions(Caller caller, MemberRow member) {
        if (!mayChange(caller)) {
            return List.of();
        }
        List<RegionMemberAction> actions = new ArrayList<>();
        if (!member.confirmed()) {
            actions.add(RegionMemberAction.CONFIRM);
        }
        if (member.validTo() == null) {
            actions.add(RegionMemberAction.END);
        }
        actions.add(RegionMemberAction.CHANGE);
        return List.copyOf(actions);
    }
}
