package nl.thuisplan.allocation;

import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;

/**
 * Who may do what with fair share. Configuring (models, scenarios, adoption) is the region's
 * programme manager's, and the beheerder's; every role in scope reads adopted models; concept
 * models stay with those who configure them, and for everyone else they do not exist (404).
 */
final class AllocationAccess {

    private AllocationAccess() {
    }

    static boolean configures(Caller caller, String regionCode) {
        return caller.managesRegion(regionCode) || caller.is(Role.PLATFORM_ADMIN);
    }

    static void requireConfigure(Caller caller, String regionCode) {
        if (!configures(caller, regionCode)) {
            throw ProblemException.forbidden("Alleen de programmamanager van de regio stelt verdeelmodellen op en vast.");
        }
    }

    /** The model if the caller may read it: in scope, and adopted unless the caller configures. */
    static Model readable(Caller caller, Model m) {
        if (!caller.scope().allowsRegion(m.regionId()) || !m.adopted() && !configures(caller, m.regionCode())) {
            throw ProblemException.notFound("Verdeelmodel " + m.id());
        }
        return m;
    }
}
