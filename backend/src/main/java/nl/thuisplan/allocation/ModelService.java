package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.ModelSummary;
import nl.thuisplan.allocation.AllocationViews.ModelView;
import nl.thuisplan.allocation.AllocationViews.Ref;
import nl.thuisplan.allocation.AllocationViews.RegionView;
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
import nl.thuisplan.indicator.IndicatorAccess;
import nl.thuisplan.region.Members;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.targetgroup.TargetGroups;
import nl.thuisplan.workflow.Transitions;

/**
 * Models and their scenarios: list, create, edit with optimistic locking, delete. Who may do which step
 * is decided by {@link ModelWorkflow} and {@link ScenarioWorkflow}; saving and deleting a scenario go
 * through {@link Transitions} with the scenario's lock version. Adoption is in {@link Adoption}.
 */
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
    private final AllocationJson json;
    private final ModelInputs inputs;
    private final AuditLog audit;
    private final Transitions transitions;
    private final ModelWorkflow modelWorkflow;
    private final ScenarioWorkflow scenarioWorkflow;

    ModelService(TenantTransactions tx, Regions regions, Members members, TargetGroups groups, ModelRepository repo,
                 AllocationJson json, ModelInputs inputs, AuditLog audit, Transitions transitions,
                 ModelWorkflow modelWorkflow, ScenarioWorkflow scenarioWorkflow) {
        this.tx = tx;
        this.regions = regions;
        this.members = members;
        this.groups = groups;
        this.repo = repo;
        this.json = json;
        this.inputs = inputs;
        this.audit = audit;
        this.transitions = transitions;
        this.modelWorkflow = modelWorkflow;
        this.scenarioWorkflow = scenarioWorkflow;
    }

    /** What the caller may do with fair share in the region as a whole (new models, indicators). */
    RegionView region(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            List<RegionAction> actions = new ArrayList<>();
            if (AllocationAccess.configures(caller, region.code())) {
                actions.add(RegionAction.CREATE_MODEL);
            }
            if (IndicatorAccess.mayRead(caller)) {
                actions.add(RegionAction.READ_INDICATORS);
            }
            if (IndicatorAccess.mayImport(caller, region.code())) {
                actions.add(RegionAction.IMPORT_INDICATORS);
            }
            return new RegionView(new Ref(region.code(), region.name()), actions);
        });
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
                List<Scenario> scenarios = scenarios(m);
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
            Model model = modelWorkflow.require(caller, requireModel(caller, modelId), ModelAction.EDIT);
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
                Scenario source = scenario(body.copyOf()).filter(s -> s.modelId() == model.id())
                        .orElseThrow(() -> ProblemException.badInput("copyOf", "NOT_IN_MODEL", "Dat scenario hoort niet bij dit model."));
                fields = new ScenarioFields(name != null ? name : source.name() + " (kopie)", source.totalSource(), source.total(),
                        source.method(), source.referenceDate(), source.criteria(), source.draagkracht(), source.bounds());
            } else {
                fields = defaults(model, name != null ? name : "Scenario " + (char) ('A' + repo.scenarioCount(model.regionId(), model.id())));
            }
            return view(caller, inModel(model, scenario(insertScenario(caller, model, fields)).orElseThrow()));
        });
    }

    ScenarioView update(Caller caller, long scenarioId, ScenarioInput body) {
        return tx.write(caller.scope(), () -> {
            ScenarioWorkflow.InModel current = requireScenarioInModel(caller, scenarioId);
            Model model = current.model();
            Scenario s = current.scenario();
            // checked as the step's precondition (after role and state, before the lock version), written by the step
            ScenarioFields[] fields = new ScenarioFields[1];
            return transitions.of(scenarioWorkflow, caller, current, ScenarioAction.EDIT)
                    .lockVersion(body.lockVersion())
                    .check(() -> {
                        Set<String> memberCodes = members.current(model.regionId()).stream().map(Members.Member::code)
                                .collect(Collectors.toSet());
                        fields[0] = body.validate(memberCodes, inputs.demandTotal(model));
                    })
                    .apply(version -> {
                        if (!repo.updateScenario(s, json.columns(fields[0]), version, caller.username())) {
                            return Optional.empty();
                        }
                        ScenarioView after = view(caller, inModel(model, scenario(s.id()).orElseThrow()));
                        return Optional.of(Transitions.done(after, new AuditLog.Change(model.regionId(),
                                caller.username(), "UPDATED", "allocation_scenario", String.valueOf(s.id()), s.versionNo(), null,
                                json.write(ScenarioViews.fields(s)), json.write(fields[0]), null)));
                    });
        });
    }

    void delete(Caller caller, long scenarioId, int lockVersion) {
        tx.write(caller.scope(), () -> {
            ScenarioWorkflow.InModel current = requireScenarioInModel(caller, scenarioId);
            Scenario s = current.scenario();
            return transitions.of(scenarioWorkflow, caller, current, ScenarioAction.DELETE)
                    .lockVersion(lockVersion)
                    .apply(version -> repo.deleteScenario(s, version)
                            ? Optional.of(Transitions.done(s, new AuditLog.Change(s.regionId(), caller.username(),
                                    "DELETED", "allocation_scenario", String.valueOf(s.id()), s.versionNo(), null,
                                    json.write(ScenarioViews.fields(s)), null, s.name())))
                            : Optional.empty());
        });
    }

    // ---- shared with the other services of this package ----

    Model requireModel(Caller caller, long id) {
        return AllocationAccess.readable(caller, repo.model(id).orElseThrow(() -> ProblemException.notFound("Verdeelmodel " + id)));
    }

    /** A scenario the caller may read: of a readable model, and the adopted one unless the caller configures. */
    Scenario requireScenario(Caller caller, long id) {
        Scenario s = scenario(id).orElseThrow(() -> ProblemException.notFound("Scenario " + id));
        Model m = requireModel(caller, s.modelId());
        if (!s.adopted() && !AllocationAccess.configures(caller, m.regionCode())) {
            throw ProblemException.notFound("Scenario " + id);
        }
        return s;
    }

    /** {@link #requireScenario} with its model and the number of scenarios, as the scenario's steps need them. */
    ScenarioWorkflow.InModel requireScenarioInModel(Caller caller, long id) {
        Scenario s = requireScenario(caller, id);
        return inModel(repo.model(s.modelId()).orElseThrow(), s);
    }

    List<Ref> targetGroups(Model m) {
        return refs(m, groupNames(m.regionId()));
    }

    ModelView view(Caller caller, Model m) {
        boolean configures = AllocationAccess.configures(caller, m.regionCode());
        List<Scenario> all = scenarios(m);
        List<ScenarioView> scenarios = all.stream().filter(s -> configures || s.adopted())
                .map(s -> view(caller, new ScenarioWorkflow.InModel(m, s, all.size()))).toList();
        return new ModelView(m.id(), new Ref(m.regionCode(), m.regionName()), m.name(), m.period().toString(), targetGroups(m),
                m.status(), m.lockVersion(), configures ? inputs.demandTotal(m) : null, m.adoptedScenarioId(), m.adoptedAt(),
                m.adoptedBy(), m.decision(), modelWorkflow.allowed(caller, m), scenarios);
    }

    private ScenarioView view(Caller caller, ScenarioWorkflow.InModel s) {
        return ScenarioViews.of(s, scenarioWorkflow.allowed(caller, s));
    }

    private ScenarioWorkflow.InModel inModel(Model m, Scenario s) {
        return new ScenarioWorkflow.InModel(m, s, repo.scenarioCount(m.regionId(), m.id()));
    }

    Optional<Scenario> scenario(long id) {
        return repo.scenarioRow(id).map(json::scenario);
    }

    List<Scenario> scenarios(Model m) {
        return repo.scenarioRows(m.regionId(), m.id()).stream().map(json::scenario).toList();
    }

    private long insertScenario(Caller caller, Model model, ScenarioFields fields) {
        long id = repo.insertScenario(model, json.columns(fields), caller.username());
        audit.record(new AuditLog.Change(model.regionId(), caller.username(), "CREATED", "allocation_scenario", String.valueOf(id),
                null, null, null, json.write(fields), fields.name()));
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
}
