package nl.thuisplan.workflow;

import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;

/**
 * One aggregate's state machine as the shared transition path needs it. An implementation is the
 * single place that decides who may do what; views return {@link #allowed} as {@code allowedActions},
 * and the frontend renders exactly those, with no role rules of its own.
 *
 * @param <E> the aggregate as read from its repository (a record)
 * @param <A> the aggregate's action enum
 */
public interface Workflow<E, A extends Enum<A>> {

    /** What the caller may do with the entity in its current state, in the order buttons are shown. */
    List<A> allowed(Caller caller, E entity);

    /**
     * Whether the caller has the role for the action at all, whatever the entity's state. Without it
     * the answer is 403; with it, an action the state does not allow is a 409.
     */
    boolean hasRoleFor(Caller caller, E entity, A action);

    /** The entity's optimistic-lock version, compared with the one the client sent. */
    int lockVersion(E entity);

    /** 403 for a caller without the role for this action (a Dutch sentence naming who may). */
    ProblemException forbidden(E entity, A action);

    /** 409 for an action the entity's current state does not allow (the feature's stable code). */
    ProblemException notAllowedNow(E entity, A action);

    /**
     * 409 {@code VERSION_CONFLICT} for a stale lock version, carrying the current state where the
     * feature's contract does, so the client can show what changed without another request.
     */
    ProblemException stale(Caller caller, E entity);
}
