package nl.thuisplan.urgency;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.workflow.Workflow;

/**
 * Who may do what with an urgency scheme version: the region's programme manager and the beheerder
 * create, edit, adopt and delete concepts; a gemeente medewerker of a member municipality proposes
 * local deviations (also on an adopted version: they are settled in its successor). Everyone in
 * scope reads; a partner only adopted versions ({@link #readsWorkInProgress}). See docs/urgency-workflow.md.
 */
@Singleton
class SchemeWorkflow implements Workflow<SchemeWorkflow.Subject, SchemeAction> {

    /** A version with its region's current member municipalities, code → name (their officers may propose). */
    record Subject(SchemeRow scheme, Map<String, String> members) {
    }

    private final BeanProvider<SchemeViews> views;

    SchemeWorkflow(BeanProvider<SchemeViews> views) {
        this.views = views;
    }

    /** The programme manager of the region, or the beheerder: who writes the region's scheme. */
    static boolean manages(Caller caller, String regionCode) {
        return caller.managesRegion(regionCode) || caller.is(Role.PLATFORM_ADMIN);
    }

    /**
     * Who reads concept versions and what gemeenten proposed: the region's public bodies (a regional
     * scheme is discussed in the open with its gemeenten). A partner (corporatie, zorgaanbieder) reads
     * what the region adopted, with the deviations it accepted; for it a concept does not exist (404).
     */
    static boolean readsWorkInProgress(Caller caller) {
        return !caller.role().partner();
    }

    /**
     * The capacity check weighs the adopted demand of each gemeente against its lettings: the region's
     * own analysis, which a partner, whose scope holds no gemeente, does not get (403).
     */
    static void requireCapacityReader(Caller caller) {
        if (caller.role().partner()) {
            throw ProblemException.forbidden("De urgentietoets is voor de regio, haar gemeenten en de provincie.");
        }
    }

    /** What the caller may do with the region's list of versions. */
    List<SchemeAction> allowedOnRegion(Caller caller, String regionCode) {
        return manages(caller, regionCode) ? List.of(SchemeAction.CREATE) : List.of();
    }

    void requireCreate(Caller caller, String regionCode) {
        if (!allowedOnRegion(caller, regionCode).contains(SchemeAction.CREATE)) {
            throw managerOnly();
        }
    }

    @Override
    public List<SchemeAction> allowed(Caller caller, Subject subject) {
        List<SchemeAction> actions = new ArrayList<>();
        if (manages(caller, subject.scheme().regionCode()) && subject.scheme().status() == SchemeStatus.CONCEPT) {
            actions.addAll(List.of(SchemeAction.EDIT, SchemeAction.ADOPT, SchemeAction.DELETE));
        }
        if (proposes(caller, subject)) {
            actions.add(SchemeAction.PROPOSE_DEVIATION);
        }
        return actions;
    }

    @Override
    public boolean hasRoleFor(Caller caller, Subject subject, SchemeAction action) {
        return switch (action) {
            case PROPOSE_DEVIATION -> proposes(caller, subject);
            case CREATE, EDIT, ADOPT, DELETE -> manages(caller, subject.scheme().regionCode());
        };
    }

    @Override
    public int lockVersion(Subject subject) {
        return subject.scheme().lockVersion();
    }

    @Override
    public ProblemException forbidden(Subject subject, SchemeAction action) {
        return action == SchemeAction.PROPOSE_DEVIATION
                ? ProblemException.forbidden("Een lokale afwijking stelt een gemeente van de regio zelf voor.")
                : managerOnly();
    }

    @Override
    public ProblemException notAllowedNow(Subject subject, SchemeAction action) {
        return new ProblemException(HttpStatus.CONFLICT, "SCHEME_LOCKED", "Deze versie is vastgesteld en verandert niet meer.");
    }

    @Override
    public ProblemException stale(Caller caller, Subject subject) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft deze versie intussen gewijzigd. Laad haar opnieuw.", views.get().scheme(caller, subject));
    }

    private static boolean proposes(Caller caller, Subject subject) {
        return caller.is(Role.MUNICIPALITY_OFFICER) && caller.municipality() != null
                && subject.members().containsKey(caller.municipality().code());
    }

    private static ProblemException managerOnly() {
        return ProblemException.forbidden("Alleen de programmamanager van de regio bewerkt en stelt de urgentieregeling vast.");
    }
}
