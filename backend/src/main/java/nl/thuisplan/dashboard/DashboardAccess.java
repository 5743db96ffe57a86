package nl.thuisplan.dashboard;

import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.dashboard.DashboardRepository.Member;

/**
 * Who sees what on the dashboards. The beheerder: everything. A provincie analist: every region's
 * totals, and per municipality only those of its own province. A programme manager: its own region
 * in full, the other regions' totals by name (ADR 0002: the koploper regions compare openly; a
 * pseudonym could not hide six known regions of very different sizes). A gemeente medewerker: no
 * dashboards.
 */
final class DashboardAccess {

    private DashboardAccess() {
    }

    static void require(Caller caller) {
        // partners read only what their region publishes to them, which the dashboards are not
        if (caller.is(Role.MUNICIPALITY_OFFICER) || caller.role().partner()) {
            throw ProblemException.forbidden("De dashboards zijn voor provincies, regio's en het programma.");
        }
    }

    /** May the caller see this region per municipality (at least some of them)? */
    static boolean detail(Caller caller, String regionCode, List<Member> members) {
        return switch (caller.role()) {
            case PLATFORM_ADMIN -> true;
            case REGION_PROGRAMME_MANAGER -> caller.managesRegion(regionCode);
            case PROVINCE_ANALYST -> caller.province() != null
                    && members.stream().anyMatch(m -> m.province().equals(caller.province().code()));
            default -> false;
        };
    }

    /** Within a region the caller may detail: this municipality on its own row? */
    static boolean detailMunicipality(Caller caller, List<Member> members, String municipality) {
        if (!caller.is(Role.PROVINCE_ANALYST)) {
            return true;
        }
        return members.stream().anyMatch(m -> m.code().equals(municipality) && caller.province() != null
                && m.province().equals(caller.province().code()));
    }

    /** A programme manager's own region: shown without suppression (its own figures). */
    static boolean ownRegion(Caller caller, String regionCode) {
        return caller.managesRegion(regionCode);
    }

    static String provinceName(Caller caller) {
        return caller.province() == null ? "de provincie" : caller.province().name();
    }
}
