package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import nl.thuisplan.allocation.AllocationViews.Ref;
import nl.thuisplan.allocation.engine.Method;

/** The JSON of the results page: targets after swaps, arrears carried in, realisation, swaps. */
final class RealisationViews {

    private RealisationViews() {
    }

    @Serdeable
    record ModelRef(long id, String name, String period, List<Ref> targetGroups, Ref region) {
    }

    @Serdeable
    record AdoptedScenario(long id, String name, int versionNo, Method method, OffsetDateTime adoptedAt, String adoptedBy,
                           @Nullable AllocationViews.Decision decision) {
    }

    @Serdeable
    record PeriodRef(long id, String period) {
    }

    @Serdeable
    record Row(Ref municipality, String quota, int target, int swapped, int effectiveTarget, int carriedIn, int due,
               @Nullable Integer realised, @Nullable Integer realisationVersion, @Nullable String realisationNote,
               @Nullable Integer difference, int carriedOut) {
    }

    @Serdeable
    record Totals(int target, int effectiveTarget, int carriedIn, int due, int realised, int carriedOut) {
    }

    @Serdeable
    record Swap(long id, Ref from, Ref to, int amount, String reason, SwapStatus status, String proposedBy, String proposedFor,
                OffsetDateTime proposedAt, @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt,
                List<SwapAction> allowedActions) {
    }

    /**
     * What the caller may write against the adopted model: the realisation of these municipalities
     * (a plain edit with its own version, no workflow), and new swap proposals.
     */
    @Serdeable
    record Allowed(List<String> recordRealisation, boolean proposeSwap) {
    }

    @Serdeable
    record Results(ModelRef model, AdoptedScenario scenario, @Nullable PeriodRef previousModel, List<Row> rows, Totals totals,
                   List<Swap> swaps, Allowed allowedActions) {
    }

    @Serdeable
    record RealisationInput(@Nullable Integer realised, @Nullable String note, @Nullable Integer version) {
    }

    @Serdeable
    record SwapInput(@Nullable String from, @Nullable String to, @Nullable Integer amount, @Nullable String reason) {
    }
}
