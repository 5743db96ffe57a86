package nl.thuisplan.bench.allocation;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import nl.thuisplan.allocation.engine.AllocationEngine;
import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.AllocationResult;

/** One region: 30 gemeenten, 2 criteria, Hamilton with caps on three; engine vs the double baseline. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RegionBenchmark {

    private final AllocationEngine engine = new AllocationEngine();
    private AllocationRequest request;
    private DoubleAllocation.Prepared prepared;

    @Setup
    public void setUp() {
        request = Dataset.regionRequest();
        prepared = DoubleAllocation.prepare(request);
        AllocationResult check = engine.allocate(request);
        if (check.allocated() != request.total()) {
            throw new IllegalStateException("region allocation does not add up");
        }
    }

    @Benchmark
    public AllocationResult engine() {
        return engine.allocate(request);
    }

    @Benchmark
    public int[] baselineDouble() {
        return DoubleAllocation.allocate(prepared);
    }
}
