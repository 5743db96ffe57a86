package nl.thuisplan.workflow;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;

/**
 * The one transition path of every workflow. In this order, so every feature answers alike:
 * role (403), state (409 of the feature), the step's own preconditions (400/422), lock version
 * (409 {@code VERSION_CONFLICT} with the current state), the guarded write, and its audit events
 * in the same transaction. It runs inside the caller's tenant transaction; it opens none itself.
 *
 * <pre>{@code
 * transitions.of(workflow, caller, analysis, DemandAction.RETURN)
 *     .lockVersion(body.lockVersion())
 *     .check(() -> requireReason(body.reason()))
 *     .apply(version -> repo.transition(analysis, version, ...).map(after -> Transitions.done(after, event)));
 * }</pre>
 */
@Singleton
public class Transitions {

    private final AuditLog audit;

    public Transitions(AuditLog audit) {
        this.audit = audit;
    }

    /** The outcome of a guarded write: the new state and what the audit records about it. */
    public record Done<R>(R result, List<AuditLog.Change> events) {
    }

    public static <R> Done<R> done(R result, AuditLog.Change... events) {
        return new Done<>(result, List.of(events));
    }

    /** The guarded write; empty when the row's lock version moved on meanwhile (a concurrent change). */
    @FunctionalInterface
    public interface Step<R> {
        Optional<Done<R>> apply(int lockVersion);
    }

    public <E, A extends Enum<A>> Request<E, A> of(Workflow<E, A> workflow, Caller caller, E entity, A action) {
        return new Request<>(this, workflow, caller, entity, action);
    }

    /** One transition being put together; {@link #apply} runs it. */
    public static final class Request<E, A extends Enum<A>> {
        private final Transitions transitions;
        private final Workflow<E, A> workflow;
        private final Caller caller;
        private final E entity;
        private final A action;
        private Integer lockVersion;
        private Runnable check = () -> { };

        private Request(Transitions transitions, Workflow<E, A> workflow, Caller caller, E entity, A action) {
            this.transitions = transitions;
            this.workflow = workflow;
            this.caller = caller;
            this.entity = entity;
            this.action = action;
        }

        public Request<E, A> lockVersion(@Nullable Integer version) {
            this.lockVersion = version;
            return this;
        }

        /** Preconditions of this step (a reason, a decision date, required sections), checked after role and state. */
        public Request<E, A> check(Runnable preconditions) {
            this.check = preconditions;
            return this;
        }

        public <R> R apply(Step<R> step) {
            if (!workflow.hasRoleFor(caller, entity, action)) {
                throw workflow.forbidden(entity, action);
            }
            if (!workflow.allowed(caller, entity).contains(action)) {
                throw workflow.notAllowedNow(entity, action);
            }
            check.run();
            int expected = LockVersionInput.require(lockVersion);
            if (workflow.lockVersion(entity) != expected) {
                throw workflow.stale(caller, entity);
            }
            Done<R> done = step.apply(expected).orElseThrow(() -> workflow.stale(caller, entity));
            transitions.audit.recordAll(done.events());
            return done.result();
        }
    }
}
