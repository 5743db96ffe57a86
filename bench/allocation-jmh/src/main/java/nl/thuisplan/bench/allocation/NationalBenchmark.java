package nl.thuisplan.bench.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import nl.thuisplan.allocation.engine.AllocationEngine;
import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.Method;

/**
 * The national case: 342 gemeenten × 20 aandachtsgroepen, i.e. 20 allocations per operation, for
 * each method. The baselines ({@link NationalBaselineBenchmark}, once, not per method) do the same
 * 20 allocations in double, and only the proportional shares in BigDecimal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalBenchmark {

    @Param({"LARGEST_REMAINDER", "SAINTE_LAGUE", "DHONDT", "HUNTINGTON_HILL", "STATUTORY_CEIL"})
    public Method method;

    private final AllocationEngine engine = new AllocationEngine();
    private List<AllocationRequest> requests;

    @Setup
    public void setUp() {
        requests = new ArrayList<>();
        for (Dataset.Group group : Dataset.targetGroups()) {
            requests.add(Dataset.request(group, Dataset.national(), method));
        }
        requests.forEach(engine::allocate); // fails fast on an infeasible or invalid group
    }

    @Benchmark
    public void engine(Blackhole blackhole) {
        for (AllocationRequest request : requests) {
            blackhole.consume(engine.allocate(request));
        }
    }
}
