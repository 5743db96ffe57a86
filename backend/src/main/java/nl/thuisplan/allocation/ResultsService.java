package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.allocation.AllocationViews.Ref;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.allocation.RealisationRepository.Realisation;
import nl.thuisplan.allocation.RealisationRepository.SwapRow;
import nl.thuisplan.allocation.RealisationRepository.Target;
import nl.thuisplan.allocation.RealisationViews.AdoptedScenario;
import nl.thuisplan.allocation.RealisationViews.Allowed;
import nl.thuisplan.allocation.RealisationViews.ModelRef;
import nl.thuisplan.allocation.RealisationViews.PeriodRef;
import nl.thuisplan.allocation.RealisationViews.Results;
import nl.thuisplan.allocation.RealisationViews.Row;
import nl.thuisplan.allocation.RealisationViews.Swap;
import nl.thuisplan.allocation.RealisationViews.Totals;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;

/**
 * The results of an adopted model: per municipality the target, swaps, arrears carried in from
 * the previous period, what is due, the realisation and what goes into the next period.
 *
 * <p>Arrears chain through the adopted models of the same region and target-group set in
 * consecutive periods: each period's balance (due − realised) is the next one's carried-in
 * amount, so a municipality that stays behind keeps its arrears until it catches up, and one that
 * realises more than due carries a lead (a negative balance) forward.
 */
@Singleton
class ResultsService {

    /** How far back arrears are followed: 20 periods is 10 to 20 years. */
    private static final int MAX_CHAIN = 20;

    private final TenantTransactions tx;
    private final ModelService models;
    private final ModelRepository modelRepo;
    private final RealisationRepository repo;
    private final AllocationJson json;
    private final SwapWorkflow swaps;

    ResultsService(TenantTransactions tx, ModelService models, ModelRepository modelRepo, RealisationRepository repo,
                   AllocationJson json, SwapWorkflow swaps) {
        this.tx = tx;
        this.models = models;
        this.modelRepo = modelRepo;
        this.repo = repo;
        this.json = json;
        this.swaps = swaps;
    }

    Results results(Caller caller, long modelId) {
        return tx.read(caller.scope(), () -> results(caller, requireAdopted(caller, modelId)));
    }

    Model requireAdopted(Caller caller, long modelId) {
        Model m = models.requireModel(caller, modelId);
        if (!m.adopted()) {
            throw new ProblemException(HttpStatus.CONFLICT, "MODEL_NOT_ADOPTED", "Dit verdeelmodel is nog niet vastgesteld.");
        }
        return m;
    }

    Results results(Caller caller, Model m) {
        Deque<Model> chain = new ArrayDeque<>();
        Model previous = null;
        Model cursor = m;
        for (int i = 0; i < MAX_CHAIN; i++) {
            Model before = modelRepo.model(cursor.regionId(), cursor.targetGroups(), cursor.period().previous())
                    .filter(Model::adopted).orElse(null);
            if (before == null) {
                break;
            }
            if (previous == null) {
                previous = before;
            }
            chain.push(before);
            cursor = before;
        }
        Map<String, Integer> carried = new HashMap<>();
        for (Model earlier : chain) {
            carried = balances(earlier, carried);
        }
        List<Row> rows = rows(m, carried);
        Result snapshot = json.snapshot(models.scenario(m.adoptedScenarioId()).orElseThrow());
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put(r.municipality().code(), r.municipality().name()));
        List<Swap> swapViews = repo.swaps(m).stream()
                .filter(s -> s.status() == SwapStatus.CONFIRMED || AllocationAccess.seesPendingSwaps(caller))
                .map(s -> swap(caller, s, names)).toList();
        return new Results(new ModelRef(m.id(), m.name(), m.period().toString(), models.targetGroups(m),
                new Ref(m.regionCode(), m.regionName())),
                new AdoptedScenario(snapshot.scenario().id(), snapshot.scenario().name(), snapshot.scenario().versionNo(),
                        snapshot.method(), m.adoptedAt(), m.adoptedBy(), m.decision()),
                previous == null ? null : new PeriodRef(previous.id(), previous.period().toString()), rows, totals(rows), swapViews,
                new Allowed(AllocationAccess.recordable(caller, names.keySet()), AllocationAccess.mayProposeSwap(caller, names.keySet())));
    }

    /** Carried-out balance per municipality of one period, given what was carried in. */
    private Map<String, Integer> balances(Model m, Map<String, Integer> carriedIn) {
        Map<String, Integer> out = new HashMap<>();
        rows(m, carriedIn).forEach(r -> out.put(r.municipality().code(), r.carriedOut()));
        return out;
    }

    private List<Row> rows(Model m, Map<String, Integer> carriedIn) {
        Map<String, Integer> swapped = new HashMap<>();
        for (SwapRow s : repo.swaps(m)) {
            if (s.status() == SwapStatus.CONFIRMED) {
                swapped.merge(s.from(), -s.amount(), Integer::sum);
                swapped.merge(s.to(), s.amount(), Integer::sum);
            }
        }
        Map<String, Realisation> realised = repo.realisations(m);
        List<Row> rows = new ArrayList<>();
        for (Target t : repo.targets(m)) {
            int sw = swapped.getOrDefault(t.code(), 0);
            int effective = t.target() + sw;
            int in = carriedIn.getOrDefault(t.code(), 0);
            int due = effective + in;
            Realisation r = realised.get(t.code());
            Integer done = r == null ? null : r.realised();
            rows.add(new Row(new Ref(t.code(), t.name()), t.quota(), t.target(), sw, effective, in, due, done,
                    r == null ? null : r.version(), r == null ? null : r.note(), done == null ? null : done - due,
                    due - (done == null ? 0 : done)));
        }
        return rows;
    }

    private static Totals totals(List<Row> rows) {
        int target = 0;
        int effective = 0;
        int in = 0;
        int due = 0;
        int realised = 0;
        int out = 0;
        for (Row r : rows) {
            target += r.target();
            effective += r.effectiveTarget();
            in += r.carriedIn();
            due += r.due();
            realised += r.realised() == null ? 0 : r.realised();
            out += r.carriedOut();
        }
        return new Totals(target, effective, in, due, realised, out);
    }

    Swap swap(Caller caller, SwapRow s, Map<String, String> names) {
        return new Swap(s.id(), new Ref(s.from(), names.getOrDefault(s.from(), s.from())),
                new Ref(s.to(), names.getOrDefault(s.to(), s.to())), s.amount(), s.reason(), s.status(), s.proposedBy(),
                s.proposedFor(), s.proposedAt(), s.decidedBy(), s.decidedAt(), swaps.allowed(caller, s));
    }
}
