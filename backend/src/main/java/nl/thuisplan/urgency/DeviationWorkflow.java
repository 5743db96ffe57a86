package nl.thuisplan.urgency;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.workflow.Workflow;

/**
 * Who decides a local deviation: the region's programme manager (or the beheerder), once, while the
 * version is a concept. See docs/urgency-workflow.md.
 */
@Singleton
class DeviationWorkflow implements Workflow<DeviationWorkflow.Subject, DeviationAction> {

    /** A deviation with the version it belongs to (whose state and region decide). */
    record Subject(SchemeRow scheme, DeviationRow deviation) {
    }

    /**
     * A deviation carries no lock version: it is decided once, and the guarded write (still
     * PROPOSED) is its lock. The decision endpoints take no body, so the transition is given this.
     */
    static final int UNVERSIONED = 0;

    @Override
    public List<DeviationAction> allowed(Caller caller, Subject s) {
        return s.deviation().status() == DeviationStatus.PROPOSED && s.scheme().status() == SchemeStatus.CONCEPT
                && SchemeWorkflow.manages(caller, s.scheme().regionCode())
                ? List.of(DeviationAction.ACCEPT, DeviationAction.REJECT) : List.of();
    }

    @Override
    public boolean hasRoleFor(Caller caller, Subject s, DeviationAction action) {
        return SchemeWorkflow.manages(caller, s.scheme().regionCode());
    }

    @Override
    public int lockVersion(Subject s) {
        return UNVERSIONED;
    }

    @Override
    public ProblemException forbidden(Subject s, DeviationAction action) {
        return ProblemException.forbidden("Alleen de programmamanager van de regio bewerkt en stelt de urgentieregeling vast.");
    }

    @Override
    public ProblemException notAllowedNow(Subject s, DeviationAction action) {
        if (s.scheme().status() != SchemeStatus.CONCEPT) {
            return new ProblemException(HttpStatus.CONFLICT, "SCHEME_LOCKED",
                    "Deze versie is vastgesteld; neem de afwijking mee in een nieuwe versie.");
        }
        return decided();
    }

    /** Someone decided first (the guarded write found no proposal any more). */
    @Override
    public ProblemException stale(Caller caller, Subject s) {
        return decided();
    }

    private static ProblemException decided() {
        return new ProblemException(HttpStatus.CONFLICT, "DEVIATION_DECIDED", "Over deze afwijking is al besloten.");
    }
}
