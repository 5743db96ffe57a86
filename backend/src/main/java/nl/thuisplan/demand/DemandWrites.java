package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.demand.DemandCellRepository.Saved;
import nl.thuisplan.demand.DemandViews.CellView;
import nl.thuisplan.targetgroup.TargetGroups;
import nl.thuisplan.workflow.Transitions;

/** Changes to analyses; each runs inside the caller's write transaction and is audited in it. */
@Singleton
class DemandWrites {

    private final DemandAnalysisRepository analyses;
    private final DemandCellRepository cells;
    private final TargetGroups groups;
    private final AuditLog audit;
    private final DemandReads reads;
    private final DemandAccess access;
    private final Transitions transitions;

    DemandWrites(DemandAnalysisRepository analyses, DemandCellRepository cells, TargetGroups groups, AuditLog audit, DemandReads reads,
                 DemandAccess access, Transitions transitions) {
        this.analyses = analyses;
        this.cells = cells;
        this.groups = groups;
        this.audit = audit;
        this.reads = reads;
        this.access = access;
        this.transitions = transitions;
    }

    Analysis create(Caller caller, int regionId, @Nullable String municipalityCode, int year) {
        if (analyses.latest(regionId, municipalityCode, year).isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "DEMAND_EXISTS", "Er is al een vraaganalyse voor dit jaar.");
        }
        long id = analyses.create(regionId, municipalityCode, year, 1, caller.username());
        Analysis a = analyses.byId(id).orElseThrow();
        audit.record(event(caller, a, "CREATED", null, null, null));
        return a;
    }

    /**
     * One cell, straight: after the analysis has been read and the caller's right checked, one
     * statement writes it (guarded by its version) and one records its audit. The warnings compare
     * with last year's value (read by the same statement) and with the region's median that the
     * analysis view gave the client ({@code in.regionMedianPerThousand()}), so no region-wide query
     * runs per save.
     */
    CellView writeCell(Caller caller, Analysis a, String group, String form, Measure measure, CellInput in) {
        DemandAccess.requireEditable(caller, a);
        List<FieldProblem> problems = in.problems();
        if (!problems.isEmpty()) {
            // the refusals keep their order: an unknown group or form is named before the value's problems
            requireKnown(a, group, form);
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.", problems);
        }
        Saved saved = cells.writeCell(a.regionId(), a.id(), a.municipalityCode(), a.year(), group, form, measure.name(),
                CellInput.toInt(in.value()), CellInput.toInt(in.low()), CellInput.toInt(in.high()),
                CellInput.blankToNull(in.source()), CellInput.blankToNull(in.note()), in.version(), caller.username())
                .orElseThrow();
        if (!saved.groupKnown()) {
            throw unknownGroup(group);
        }
        if (!saved.formKnown()) {
            throw unknownForm(form);
        }
        Cell before = saved.before(group, form, measure);
        Cell after = saved.after(group, form, measure);
        if (after == null) {
            throw conflict(a, before, in.version(), group, form, measure, saved, median(a, in));
        }
        audit.recordAll(cellChanges(caller, a, before, after, "CELL_CHANGED"));
        return DemandReads.cellView(after, saved.previousYearValue(), median(a, in), saved.inhabitants());
    }

    /** The regional analysis has no peers to compare with. */
    private static @Nullable Double median(Analysis a, CellInput in) {
        return a.regional() ? null : in.regionMedianPerThousand();
    }

    List<AuditLog.Change> cellChanges(Caller caller, Analysis a, @Nullable Cell before, Cell after, String action) {
        String key = after.key();
        List<AuditLog.Change> changes = new ArrayList<>();
        diff(changes, caller, a, action, key, before == null ? null : before.value(), after.value());
        diff(changes, caller, a, action, key + ":low", before == null ? null : before.low(), after.low());
        diff(changes, caller, a, action, key + ":high", before == null ? null : before.high(), after.high());
        diff(changes, caller, a, action, key + ":source", before == null ? null : before.source(), after.source());
        diff(changes, caller, a, action, key + ":note", before == null ? null : before.note(), after.note());
        return changes;
    }

    /** A workflow step through the one transition path: role, state, reason, lock version, write, audit. */
    Analysis transition(Caller caller, Analysis a, DemandAction action, @Nullable Integer lockVersion, @Nullable String reason) {
        return transitions.of(access, caller, a, action)
                .lockVersion(lockVersion)
                .check(() -> {
                    if (action == DemandAction.RETURN && (reason == null || reason.isBlank())) {
                        throw ProblemException.badInput("reason", "REQUIRED", "Geef de gemeente een reden voor het terugsturen.");
                    }
                })
                .apply(version -> {
                    if (action == DemandAction.REOPEN) {
                        return Optional.of(reopen(caller, a));
                    }
                    DemandStatus to = action.target();
                    if (!analyses.transition(a, version, action.sources(), to, reason == null ? null : reason.trim(),
                            caller.username())) {
                        return Optional.empty();
                    }
                    return Optional.of(Transitions.done(analyses.byId(a.id()).orElseThrow(), new AuditLog.Change(a.regionId(),
                            caller.username(), to.name(), "demand_analysis", a.auditKey(), a.versionNo(), "status",
                            a.status().name(), to.name(), reason)));
                });
    }

    /** Version n+1 as a concept with the figures of the adopted version n, which stays as it is. */
    private Transitions.Done<Analysis> reopen(Caller caller, Analysis a) {
        long id = analyses.create(a.regionId(), a.municipalityCode(), a.year(), a.versionNo() + 1, caller.username());
        analyses.copyFigures(a.regionId(), a.id(), id, caller.username());
        Analysis reopened = analyses.byId(id).orElseThrow();
        return Transitions.done(reopened, event(caller, reopened, "REOPENED", "versionNo", String.valueOf(a.versionNo()),
                String.valueOf(reopened.versionNo())));
    }

    private void requireKnown(Analysis a, String group, String form) {
        boolean groupActive = groups.forRegion(a.regionId(), true).stream().anyMatch(g -> g.code().equals(group));
        if (!groupActive) {
            throw unknownGroup(group);
        }
        if (reads.housingForms().stream().noneMatch(f -> f.code().equals(form))) {
            throw unknownForm(form);
        }
    }

    private static ProblemException unknownGroup(String group) {
        return ProblemException.badInput("targetGroup", "UNKNOWN", "Onbekende of uitgeschakelde aandachtsgroep: " + group);
    }

    private static ProblemException unknownForm(String form) {
        return ProblemException.badInput("housingForm", "UNKNOWN", "Onbekende woonvorm: " + form);
    }

    /**
     * 409 with the cell as it is now. The statement's own snapshot has it unless a concurrent first
     * write won the race (then only a fresh read sees it); only this refusal reads again.
     */
    private ProblemException conflict(Analysis a, @Nullable Cell before, @Nullable Integer expected, String group, String form,
                                      Measure measure, Saved saved, @Nullable Double median) {
        Cell current = before != null && !Objects.equals(before.version(), expected) ? before
                : cells.cell(a, group, form, measure).orElse(null);
        return new ProblemException(HttpStatus.CONFLICT, "DEMAND_CELL_CONFLICT",
                "Iemand anders heeft dit cijfer intussen gewijzigd. Kies welke waarde u wilt houden.",
                current == null ? null : DemandReads.cellView(current, saved.previousYearValue(), median, saved.inhabitants()));
    }

    private static void diff(List<AuditLog.Change> into, Caller caller, Analysis a, String action, String field,
                             @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            into.add(event(caller, a, action, field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private static AuditLog.Change event(Caller caller, Analysis a, String action, @Nullable String field,
                                         @Nullable String oldValue, @Nullable String newValue) {
        return new AuditLog.Change(a.regionId(), caller.username(), action, "demand_analysis", a.auditKey(), a.versionNo(),
                field, oldValue, newValue, null);
    }
}
