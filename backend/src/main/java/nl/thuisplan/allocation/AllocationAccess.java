package nl.thuisplan.allocation;

import java.util.Collection;
import java.util.List;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;

/**
 * Who reads what of fair share, and the rules the workflows build on. Configuring (models, scenarios,
 * adoption) is the region's programme manager's, and the beheerder's; every role in scope reads adopted
 * models (partners too: what the region adopted is what it publishes to them); concept models stay with those who configure them, and for everyone else they do not exist
 * (404). Against an adopted model a gemeente records its own realisation and takes part in swaps.
 * The steps themselves are decided by {@link ModelWorkflow}, {@link ScenarioWorkflow} and {@link SwapWorkflow}.
 */
final class AllocationAccess {

    static final String CONFIGURERS_ONLY = "Alleen de programmamanager van de regio stelt verdeelmodellen op en vast.";

    private AllocationAccess() {
    }

    static boolean configures(Caller caller, String regionCode) {
        return caller.managesRegion(regionCode) || caller.is(Role.PLATFORM_ADMIN);
    }

    static void requireConfigure(Caller caller, String regionCode) {
        if (!configures(caller, regionCode)) {
            throw ProblemException.forbidden(CONFIGURERS_ONLY);
        }
    }

    /** The model if the caller may read it: in scope, and adopted unless the caller configures. */
    static Model readable(Caller caller, Model m) {
        if (!caller.scope().allowsRegion(m.regionId()) || !m.adopted() && !configures(caller, m.regionCode())) {
            throw ProblemException.notFound("Verdeelmodel " + m.id());
        }
        return m;
    }

    /**
     * Swaps still proposed (or rejected, withdrawn) are two gemeenten's negotiation: the region's public
     * bodies follow it; a partner sees the swaps that count in the targets, the confirmed ones.
     */
    static boolean seesPendingSwaps(Caller caller) {
        return !caller.role().partner();
    }

    /** Only a gemeente's own officer records its realisation. */
    static boolean mayRecord(Caller caller, String municipality) {
        return caller.worksFor(municipality);
    }

    /** The municipalities of an adopted model whose realisation the caller may record (at most its own). */
    static List<String> recordable(Caller caller, Collection<String> municipalities) {
        return municipalities.stream().filter(code -> mayRecord(caller, code)).sorted().toList();
    }

    /** A gemeente in the model proposes swaps (with one of the others). */
    static boolean mayProposeSwap(Caller caller, Collection<String> municipalities) {
        return municipalities.stream().anyMatch(caller::worksFor);
    }

    /** A proposal is made by one of its two parties. */
    static boolean partyTo(Caller caller, String from, String to) {
        return caller.worksFor(from) || caller.worksFor(to);
    }
}
