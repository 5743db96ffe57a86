package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.ModelSummary;
import nl.thuisplan.allocation.AllocationViews.ModelView;
import nl.thuisplan.allocation.AllocationViews.Ref;
import nl.thuisplan.allocation.AllocationViews.ScenarioRef;
import nl.thuisplan.allocation.AllocationViews.ScenarioView;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.allocation.ModelRepository.Scenario;
import nl.thuisplan.allocation.ModelRepository.ScenarioFields;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Members;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.targetgroup.TargetGroups;

/** Models and their scenarios: list, create, edit with optimistic locking, delete. Adoption is in {@link Adoption}. */
@Singleton
class ModelService {

    static final int MAX_SCENARIOS = 10;

    @Serdeable
    record NewModel(@Nullable String name, @Nullable String period, @Nullable List<String> targetGroups) {
    }

    @Serdeable
    record NewScenario(@Nullable String name, @Nullable Long copyOf) {
    }

    private final TenantTransactions tx;
    private final Regions regions;
    private final Members members;
    private final TargetGroups groups;
    private final ModelRepository repo;
    private final ModelInputs inputs;
    private final AuditLog audit;

    ModelService(TenantTransactions tx, Regions regions, Members members, TargetGroups groups, ModelRepository repo,
                 ModelInputs inputs, AuditLog audit) {
        this.tx = tx;
        this.regions = regions;
        this.members = members;
        this.groups = groups;
        this.repo = repo;
        this.inputs = inputs;
        this.audit = audit;
    }

    List<ModelSummary> list(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            boolean all = AllocationAccess.configures(caller, region.code());
            Map<String, String> names = groupNames(region.id());
            List<ModelSummary> out = new ArrayList<>();
            for (Model m : repo.models(region.id())) {
                if (!all && !m.adopted()) {
                    continue;
                }
                List<Scenario> scenarios = repo.scenarios(m);
                Scenario adopted = scenarios.stream().filter(Scenario::adopted).findFirst().orElse(null);
                out.add(new ModelSummary(m.id(), m.name(), m.period().toString(), refs(m, names), m.status(),
                        all ? scenarios.size() : 1,
                        adopted == null ? null : new ScenarioRef(adopted.id(), adopted.name(), adopted.versionNo()),
                        m.adoptedAt(), m.adoptedBy(), adopted == null ? null : adopted.total()));
            }
            return out;
        });
    }

    ModelView create(Caller caller, String regionCode, NewModel body) {
        return tx.write(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            AllocationAccess.requireConfigure(caller, region.code());
            List<FieldProblem> errors = new ArrayList<>();
            String name = body.name() == null ? "" : body.name().trim();
            if (name.isEmpty() || name.length() > 200) {
                errors.add(new FieldProblem("name", "LENGTH", "Geef een naam van 1 tot 200 tekens."));
            }
            Period period = Period.parse(body.period()).orElse(null);
            if (period == null) {
                errors.add(new FieldProblem("period", "BAD_PERIOD", "Geef een jaar (2026) of halfjaar (2026-H1)."));
            }
            Map<String, String> names = groupNames(region.id());
            List<String> codes = body.targetGroups() == null ? List.of() : List.copyOf(new TreeSet<>(body.targetGroups()));
            if (codes.isEmpty()) {
                errors.add(new FieldProblem("targetGroups", "REQUIRED", "Kies minstens één aandachtsgroep."));
            }
            codes.stream().filter(c -> !names.containsKey(c)).findFirst().ifPresent(c -> errors.add(
                    new FieldProblem("targetGroups", "UNKNOWN_TARGET_GROUP", "Onbekende aandachtsgroep '" + c + "'.")));
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.", errors);
            }
            if (repo.model(region.id(), codes, period).isPresent()) {
                throw new ProblemException(HttpStatus.CONFLICT, "MODEL_EXISTS",
                        "Voor deze aandachtsgroepen en periode bestaat al een verdeelmodel.");
            }
            long id = repo.insertModel(region.id(), name, codes, period, caller.username());
            Model model = repo.model(id).orElseThrow();
            audit.record(new AuditLog.Change(region.id(), caller.username(), "CREATED", "allocation_model", String.valueOf(id),
                    null, null, null, name, period + " " + String.join(",", codes)));
            insertScenario(caller, model, defaults(model, "Scenario A"));
            return view(caller, model);
        });
    }

    ModelView get(Caller caller, long id) {
        return tx.read(caller.scope(), () -> view(caller, requireModel(caller, id)));
    }

    ScenarioView addScenario(Caller caller, long modelId, NewScenario body) {
        return tx.write(caller.scope(), () -> {
            Model model = requireEditable(caller, modelId);
            if (repo.scenarioCount(model.regionId(), model.id()) >= MAX_SCENARIOS) {
                throw new ProblemException(HttpStatus.CONFLICT, "TOO_MANY_SCENARIOS",
                        "Een verdeelmodel heeft hoogstens " + MAX_SCENARIOS + " scenario's.");
            }
            String name = body.name() == null || body.name().isBlank() ? null : body.name().trim();
            if (name != null && name.length() > 100) {
                throw ProblemException.badInput("name", "LENGTH", "Geef een naam van 1 tot 100 tekens.");
            }
            ScenarioFields fields;
            if (body.copyOf() != null) {
                Scenario source = repo.scenario(body.copyOf()).filter(s -> s.modelId() == model.id())
                        .orElseThrow(() -> ProblemException.badInput("copyOf", "NOT_IN_MODEL", "Dat scenario hoort niet bij dit model."));
                fields = new ScenarioFields(name != null ? name : source.name() + " (kopie)", source.totalSource(), source.total(),
                        source.method(), source.referenceDate(), source.criteria(), source.draagkracht(), source.bounds());
            } else {
                fields = defaults(model, name != null ? name : "Scenario " + (char) ('A' + repo.scenarioCount(model.regionId(), model.id())));
            }
            return ScenarioViews.of(repo.scenario(insertScenario(caller, model, fields)).orElseThrow());
        });
    }

    ScenarioView update(Caller caller, long scenarioId, ScenarioInput body) {
        return tx.write(caller.scope(), () -> {
            Scenario s = requireScenario(caller, scenarioId);
            Model model = requireEditable(caller, s.modelId());
            Set<String> memberCodes = members.current(model.regionId()).stream().map(Members.Member::code).collect(Collectors.toSet());
            ScenarioFields fields = body.validate(memberCodes, inputs.demandTotal(model));
            if (!repo.updateScenario(s, fields, body.lockVersion(), caller.username())) {
                throw versionConflict(ScenarioViews.of(s));
            }
            audit.record(new AuditLog.Change(model.regionId(), caller.username(), "UPDATED", "allocation_scenario",
                    String.valueOf(s.id()), s.versionNo(), null, repo.write(ScenarioViews.fields(s)), repo.write(fields), null));
            return ScenarioViews.of(repo.scenario(s.id()).orElseThrow());
        });
    }

    void delete(Caller caller, long scenarioId, int lockVersion) {
        tx.write(caller.scope(), () -> {
            Scenario s = requireScenario(caller, scenarioId);
            Model model = requireEditable(caller, s.modelId());
            if (repo.scenarioCount(model.regionId(), model.id()) <= 1) {
                throw new ProblemException(HttpStatus.CONFLICT, "LAST_SCENARIO", "Een verdeelmodel houdt minstens één scenario.");
            }
            if (!repo.deleteScenario(s, lockVersion)) {
                throw versionConflict(ScenarioViews.of(s));
            }
            audit.record(new AuditLog.Change(model.regionId(), caller.username(), "DELETED", "allocation_scenario",
                    String.valueOf(s.id()), s.versionNo(), null, repo.write(ScenarioViews.fields(s)), null, s.name()));
            return null;
        });
    }

    // ---- shared with the other services of this package ----

    Model requireModel(Caller caller, long id) {
        return AllocationAccess.readable(caller, repo.model(id).orElseThrow(() -> ProblemException.notFound("Verdeelmodel " + id)));
    }

    /** A scenario the caller may read: of a readable model, and the adopted one unless the caller configures. */
    Scenario requireScenario(Caller caller, long id) {
        Scenario s = repo.scenario(id).orElseThrow(() -> ProblemException.notFound("Scenario " + id));
        Model m = requireModel(caller, s.modelId());
        if (!s.adopted() && !AllocationAccess.configures(caller, m.regionCode())) {
            throw ProblemException.notFound("Scenario " + id);
        }
        return s;
    }

    Model requireEditable(Caller caller, long modelId) {
        Model m = requireModel(caller, modelId);
        AllocationAccess.requireConfigure(caller, m.regionCode());
        if (m.adopted()) {
            throw new ProblemException(HttpStatus.CONFLICT, "MODEL_ADOPTED",
                    "Dit verdeelmodel is vastgesteld en kan niet meer veranderen.");
        }
        return m;
    }

    List<Ref> targetGroups(Model m) {
        return refs(m, groupNames(m.regionId()));
    }

    ModelView view(Caller caller, Model m) {
        boolean configures = AllocationAccess.configures(caller, m.regionCode());
        List<ScenarioView> scenarios = repo.scenarios(m).stream().filter(s -> configures || s.adopted()).map(ScenarioViews::of).toList();
        List<String> actions = configures && !m.adopted() ? List.of("EDIT", "ADOPT") : List.of();
        return new ModelView(m.id(), new Ref(m.regionCode(), m.regionName()), m.name(), m.period().toString(), targetGroups(m),
                m.status(), m.lockVersion(), configures ? inputs.demandTotal(m) : null, m.adoptedScenarioId(), m.adoptedAt(),
                m.adoptedBy(), actions, scenarios);
    }

    private long insertScenario(Caller caller, Model model, ScenarioFields fields) {
        long id = repo.insertScenario(model, fields, caller.username());
        audit.record(new AuditLog.Change(model.regionId(), caller.username(), "CREATED", "allocation_scenario", String.valueOf(id),
                null, null, null, repo.write(fields), fields.name()));
        return id;
    }

    private ScenarioFields defaults(Model model, String name) {
        Integer demandTotal = inputs.demandTotal(model);
        return new ScenarioFields(name, demandTotal == null ? "ENTERED" : "DEMAND", demandTotal == null ? 0 : demandTotal,
                Method.LARGEST_REMAINDER, inputs.defaultReferenceDate(model), List.of(new CriterionView("inhabitants", "1")),
                null, List.of());
    }

    private Map<String, String> groupNames(int regionId) {
        Map<String, String> names = new HashMap<>();
        groups.forRegion(regionId, false).forEach(g -> names.put(g.code(), g.name()));
        return names;
    }

    private static List<Ref> refs(Model m, Map<String, String> names) {
        return m.targetGroups().stream().map(c -> new Ref(c, names.getOrDefault(c, c))).toList();
    }

    static ProblemException versionConflict(Object current) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft dit scenario intussen gewijzigd. Laad het opnieuw.", current);
    }
}
