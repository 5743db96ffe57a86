package nl.thuisplan.indicator;

import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;

/**
 * Who reads and who imports a region's indicators: the one place of that rule, used by the indicator
 * endpoints and by the fair-share pages that offer the links and the import button.
 */
public final class IndicatorAccess {

    private IndicatorAccess() {
    }

    /**
     * Programme manager, beheerder and provincie analist; gemeenten use the figures through adopted
     * allocations, and so do partners (they read what the region publishes, not its working figures).
     */
    public static boolean mayRead(Caller caller) {
        return !caller.is(Role.MUNICIPALITY_OFFICER) && !caller.role().partner();
    }

    public static boolean mayImport(Caller caller, String regionCode) {
        return caller.managesRegion(regionCode) || caller.is(Role.PLATFORM_ADMIN);
    }
}
