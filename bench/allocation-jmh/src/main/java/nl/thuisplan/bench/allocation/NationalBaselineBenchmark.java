package nl.thuisplan.bench.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.Criterion;
import nl.thuisplan.allocation.engine.Method;

/**
 * Baselines for {@link NationalBenchmark}, in the same run: the same 20 allocations (342 gemeenten
 * each) in double, and just the proportional shares in BigDecimal. Independent of the method.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalBaselineBenchmark {

    private List<DoubleAllocation.Prepared> prepared;
    private List<AllocationRequest> requests;

    @Setup
    public void setUp() {
        requests = new ArrayList<>();
        prepared = new ArrayList<>();
        for (Dataset.Group group : Dataset.targetGroups()) {
            AllocationRequest request = Dataset.request(group, Dataset.national(), Method.LARGEST_REMAINDER);
            requests.add(request);
            prepared.add(DoubleAllocation.prepare(request));
        }
    }

    @Benchmark
    public void baselineDouble(Blackhole blackhole) {
        for (DoubleAllocation.Prepared p : prepared) {
            blackhole.consume(DoubleAllocation.allocate(p));
        }
    }

    /** Only total × Σ w × x / X per gemeente in BigDecimal (DECIMAL64): no bounds, no rounding. */
    @Benchmark
    public void baselineBigDecimalShares(Blackhole blackhole) {
        for (AllocationRequest request : requests) {
            List<Criterion> criteria = request.criteria();
            BigDecimal[] totals = new BigDecimal[criteria.size()];
            for (int c = 0; c < criteria.size(); c++) {
                totals[c] = BigDecimal.ZERO;
                for (var unit : request.units()) {
                    totals[c] = totals[c].add(unit.indicators().get(criteria.get(c).indicator()));
                }
            }
            BigDecimal total = BigDecimal.valueOf(request.total());
            for (var unit : request.units()) {
                BigDecimal share = BigDecimal.ZERO;
                for (int c = 0; c < criteria.size(); c++) {
                    share = share.add(criteria.get(c).weight().multiply(unit.indicators().get(criteria.get(c).indicator()))
                            .divide(totals[c], MathContext.DECIMAL64));
                }
                blackhole.consume(share.multiply(total, MathContext.DECIMAL64));
            }
        }
    }
}
