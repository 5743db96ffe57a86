package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.demand.DemandRepository.Analysis;
import nl.thuisplan.demand.DemandRepository.Cell;
import nl.thuisplan.targetgroup.TargetGroups;

/** Changes to analyses; each runs inside the caller's write transaction and is audited in it. */
@Singleton
class DemandWrites {

    private final DemandRepository repo;
    private final TargetGroups groups;
    private final AuditLog audit;
    private final DemandReads reads;

    DemandWrites(DemandRepository repo, TargetGroups groups, AuditLog audit, DemandReads reads) {
        this.repo = repo;
        this.groups = groups;
        this.audit = audit;
        this.reads = reads;
    }

    Analysis create(Caller caller, int regionId, @Nullable String municipalityCode, int year) {
        if (repo.latest(regionId, municipalityCode, year).isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "DEMAND_EXISTS", "Er is al een vraaganalyse voor dit jaar.");
        }
        long id = repo.create(regionId, municipalityCode, year, 1, caller.username());
        Analysis a = repo.byId(id).orElseThrow();
        audit.record(event(caller, a, "CREATED", null, null, null));
        return a;
    }

    /** Checks everything that makes a cell write impossible, before any validation of the value. */
    void requireEditable(Caller caller, Analysis a) {
        if (!DemandAccess.owns(caller, a)) {
            throw ProblemException.forbidden(a.regional()
                    ? "Alleen de programmamanager van de regio vult de regionale cijfers in."
                    : "Alleen de gemeente zelf vult haar vraaganalyse in.");
        }
        if (!DemandAccess.canEdit(caller, a)) {
            throw new ProblemException(HttpStatus.CONFLICT, "DEMAND_LOCKED", !a.current()
                    ? "Dit is een oudere versie; die kan niet meer worden gewijzigd."
                    : "De vraaganalyse is " + statusText(a.status()) + " en kan niet worden gewijzigd.");
        }
    }

    Cell writeCell(Caller caller, Analysis a, String group, String form, Measure measure, CellInput in) {
        requireEditable(caller, a);
        requireKnown(a, group, form);
        List<FieldProblem> problems = in.problems();
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.", problems);
        }
        Cell wanted = new Cell(group, form, measure, CellInput.toInt(in.value()), CellInput.toInt(in.low()),
                CellInput.toInt(in.high()), CellInput.blankToNull(in.source()), CellInput.blankToNull(in.note()), 0);
        Cell before = repo.cell(a, group, form, measure).orElse(null);
        Cell after = repo.write(a, wanted, in.version(), caller.username()).orElseThrow(() -> conflict(caller, a, group, form, measure));
        auditCell(caller, a, before, after, "CELL_CHANGED");
        repo.touch(a);
        return after;
    }

    /** Records each attribute that changed; the value's field is the bare cell key. */
    void auditCell(Caller caller, Analysis a, @Nullable Cell before, Cell after, String action) {
        cellChanges(caller, a, before, after, action).forEach(audit::record);
    }

    List<AuditLog.Change> cellChanges(Caller caller, Analysis a, @Nullable Cell before, Cell after, String action) {
        String key = after.key();
        List<AuditLog.Change> changes = new java.util.ArrayList<>();
        diff(changes, caller, a, action, key, before == null ? null : before.value(), after.value());
        diff(changes, caller, a, action, key + ":low", before == null ? null : before.low(), after.low());
        diff(changes, caller, a, action, key + ":high", before == null ? null : before.high(), after.high());
        diff(changes, caller, a, action, key + ":source", before == null ? null : before.source(), after.source());
        diff(changes, caller, a, action, key + ":note", before == null ? null : before.note(), after.note());
        return changes;
    }

    Analysis transition(Caller caller, Analysis a, DemandAccess.Action action, int lockVersion, @Nullable String reason) {
        if (!DemandAccess.hasRoleFor(caller, a, action)) {
            throw ProblemException.forbidden(action == DemandAccess.Action.SUBMIT
                    ? "Alleen de gemeente zelf dient haar vraaganalyse in."
                    : "Alleen de programmamanager van de regio beoordeelt vraaganalyses.");
        }
        if (!DemandAccess.allowed(caller, a).contains(action)) {
            throw new ProblemException(HttpStatus.CONFLICT, "DEMAND_INVALID_TRANSITION",
                    "Een vraaganalyse die " + statusText(a.status()) + " is kan niet worden " + verb(action) + ".");
        }
        if (action == DemandAccess.Action.RETURN && (reason == null || reason.isBlank())) {
            throw ProblemException.badInput("reason", "REQUIRED", "Geef de gemeente een reden voor het terugsturen.");
        }
        if (a.lockVersion() != lockVersion) {
            throw versionConflict();
        }
        if (action == DemandAccess.Action.REOPEN) {
            long id = repo.create(a.regionId(), a.municipalityCode(), a.year(), a.versionNo() + 1, caller.username());
            repo.copyFigures(a, id, caller.username());
            Analysis reopened = repo.byId(id).orElseThrow();
            audit.record(event(caller, reopened, "REOPENED", "versionNo", String.valueOf(a.versionNo()),
                    String.valueOf(reopened.versionNo())));
            return reopened;
        }
        DemandStatus to = switch (action) {
            case SUBMIT -> DemandStatus.SUBMITTED;
            case RETURN -> DemandStatus.RETURNED;
            case ADOPT -> DemandStatus.ADOPTED;
            case REOPEN -> throw new IllegalStateException();
        };
        List<DemandStatus> from = action == DemandAccess.Action.SUBMIT
                ? List.of(DemandStatus.CONCEPT, DemandStatus.RETURNED) : List.of(DemandStatus.SUBMITTED);
        if (!repo.transition(a, lockVersion, from, to, reason == null ? null : reason.trim(), caller.username())) {
            throw versionConflict();
        }
        Analysis after = repo.byId(a.id()).orElseThrow();
        audit.record(new AuditLog.Change(a.regionId(), caller.username(), to.name(), "demand_analysis", a.auditKey(),
                a.versionNo(), "status", a.status().name(), to.name(), reason));
        return after;
    }

    private void requireKnown(Analysis a, String group, String form) {
        boolean groupActive = groups.forRegion(a.regionId(), true).stream().anyMatch(g -> g.code().equals(group));
        if (!groupActive) {
            throw ProblemException.badInput("targetGroup", "UNKNOWN", "Onbekende of uitgeschakelde aandachtsgroep: " + group);
        }
        if (reads.housingForms().stream().noneMatch(f -> f.code().equals(form))) {
            throw ProblemException.badInput("housingForm", "UNKNOWN", "Onbekende woonvorm: " + form);
        }
    }

    private ProblemException conflict(Caller caller, Analysis a, String group, String form, Measure measure) {
        Cell current = repo.cell(a, group, form, measure).orElse(null);
        return new ProblemException(HttpStatus.CONFLICT, "DEMAND_CELL_CONFLICT",
                "Iemand anders heeft dit cijfer intussen gewijzigd. Kies welke waarde u wilt houden.",
                current == null ? null : reads.cellView(caller, a, current));
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

    static ProblemException versionConflict() {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft de vraaganalyse intussen gewijzigd. Laad de pagina opnieuw.");
    }

    private static String statusText(DemandStatus s) {
        return switch (s) {
            case CONCEPT -> "concept";
            case SUBMITTED -> "ingediend";
            case RETURNED -> "teruggestuurd";
            case ADOPTED -> "vastgesteld";
        };
    }

    private static String verb(DemandAccess.Action a) {
        return switch (a) {
            case SUBMIT -> "ingediend";
            case RETURN -> "teruggestuurd";
            case ADOPT -> "vastgesteld";
            case REOPEN -> "heropend";
        };
    }
}
