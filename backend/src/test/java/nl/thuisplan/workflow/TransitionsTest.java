package nl.thuisplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import org.junit.jupiter.api.Test;

/** The shared transition path on its own: the order of its checks, the guarded write and the audit. */
class TransitionsTest {

    enum Status { CONCEPT, SUBMITTED }

    enum Action { SUBMIT }

    record Thing(long id, Status status, int lockVersion) {
    }

    /** The owner submits a concept; everyone else lacks the role. */
    static final class ThingWorkflow implements Workflow<Thing, Action> {
        @Override
        public List<Action> allowed(Caller caller, Thing t) {
            return t.status() == Status.CONCEPT && caller.is(Role.MUNICIPALITY_OFFICER) ? List.of(Action.SUBMIT) : List.of();
        }

        @Override
        public boolean hasRoleFor(Caller caller, Thing t, Action action) {
            return caller.is(Role.MUNICIPALITY_OFFICER);
        }

        @Override
        public int lockVersion(Thing t) {
            return t.lockVersion();
        }

        @Override
        public ProblemException forbidden(Thing t, Action action) {
            return ProblemException.forbidden("Alleen de gemeente.");
        }

        @Override
        public ProblemException notAllowedNow(Thing t, Action action) {
            return new ProblemException(HttpStatus.CONFLICT, "THING_INVALID_TRANSITION", "Niet nu.");
        }

        @Override
        public ProblemException stale(Caller caller, Thing t) {
            return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT", "Gewijzigd.", t);
        }
    }

    static final class RecordingAudit extends AuditLog {
        final List<Change> recorded = new ArrayList<>();

        RecordingAudit() {
            super(null);
        }

        @Override
        public void recordAll(List<Change> changes) {
            recorded.addAll(changes);
        }
    }

    private final RecordingAudit audit = new RecordingAudit();
    private final Transitions transitions = new Transitions(audit);
    private final ThingWorkflow workflow = new ThingWorkflow();
    private final Thing concept = new Thing(7, Status.CONCEPT, 3);

    private static Caller caller(Role role) {
        return new Caller("u", "U", role, null, null, null, Scope.SYSTEM);
    }

    private static AuditLog.Change event(String action) {
        return new AuditLog.Change(1, "u", action, "thing", "7", null, "status", "CONCEPT", "SUBMITTED", null);
    }

    @Test
    void aStepThatIsAllowedWritesAndAuditsOnce() {
        Thing after = transitions.of(workflow, caller(Role.MUNICIPALITY_OFFICER), concept, Action.SUBMIT).lockVersion(3)
                .apply(v -> Optional.of(Transitions.done(new Thing(7, Status.SUBMITTED, v + 1), event("SUBMITTED"))));
        assertThat(after).isEqualTo(new Thing(7, Status.SUBMITTED, 4));
        assertThat(audit.recorded).extracting(AuditLog.Change::action).containsExactly("SUBMITTED");
    }

    @Test
    void withoutTheRoleTheAnswerIs403BeforeAnythingElse() {
        assertThatThrownBy(() -> transitions.of(workflow, caller(Role.PROVINCE_ANALYST), concept, Action.SUBMIT)
                .lockVersion(null).check(() -> { throw new AssertionError("checked too early"); })
                .apply(v -> { throw new AssertionError("wrote"); }))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().getCode()).isEqualTo(403));
        assertThat(audit.recorded).isEmpty();
    }

    @Test
    void aStateThatDoesNotAllowTheStepIsTheFeaturesConflict() {
        Thing submitted = new Thing(7, Status.SUBMITTED, 3);
        assertThatThrownBy(() -> transitions.of(workflow, caller(Role.MUNICIPALITY_OFFICER), submitted, Action.SUBMIT)
                .lockVersion(3).apply(v -> { throw new AssertionError("wrote"); }))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("THING_INVALID_TRANSITION"));
    }

    @Test
    void preconditionsComeBeforeTheLockVersion() {
        assertThatThrownBy(() -> transitions.of(workflow, caller(Role.MUNICIPALITY_OFFICER), concept, Action.SUBMIT)
                .lockVersion(1).check(() -> { throw ProblemException.badInput("reason", "REQUIRED", "Reden."); })
                .apply(v -> { throw new AssertionError("wrote"); }))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fields()).extracting("field").containsExactly("reason"));
    }

    @Test
    void aMissingLockVersionIsAFieldProblem() {
        assertThatThrownBy(() -> transitions.of(workflow, caller(Role.MUNICIPALITY_OFFICER), concept, Action.SUBMIT)
                .apply(v -> { throw new AssertionError("wrote"); }))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status().getCode()).isEqualTo(400);
                    assertThat(e.fields()).extracting("field").containsExactly("lockVersion");
                });
    }

    @Test
    void aStaleVersionOrALostRaceIsAVersionConflictWithTheCurrentState() {
        assertThatThrownBy(() -> transitions.of(workflow, caller(Role.MUNICIPALITY_OFFICER), concept, Action.SUBMIT)
                .lockVersion(2).apply(v -> { throw new AssertionError("wrote"); }))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("VERSION_CONFLICT");
                    assertThat(e.current()).isEqualTo(concept);
                });
        // the guarded update found a newer row: same answer, nothing audited
        assertThatThrownBy(() -> transitions.of(workflow, caller(Role.MUNICIPALITY_OFFICER), concept, Action.SUBMIT)
                .lockVersion(3).apply(v -> Optional.<Transitions.Done<Thing>>empty()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("VERSION_CONFLICT"));
        assertThat(audit.recorded).isEmpty();
    }
}
