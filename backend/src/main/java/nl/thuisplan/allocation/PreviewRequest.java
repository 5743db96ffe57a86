package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.Bound;
import nl.thuisplan.allocation.engine.Criterion;
import nl.thuisplan.allocation.engine.Draagkracht;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.allocation.engine.Unit;

/**
 * The body of {@code POST /api/v1/allocation/preview}. Numbers are read as exact decimals; the
 * engine checks what only it can (weights summing to 1, indicators present, min ≤ max).
 */
@Serdeable
record PreviewRequest(@NotNull @Min(0) @Max(10_000_000) Integer total, @Nullable Method method,
                      @NotEmpty @Size(max = 20) List<@Valid CriterionInput> criteria,
                      @NotEmpty @Size(max = 1000) List<@Valid UnitInput> units,
                      @Nullable @Valid DraagkrachtInput draagkracht) {

    @Serdeable
    record CriterionInput(@NotBlank String indicator, @NotNull BigDecimal weight) {
    }

    /** A bound as a share of an indicator, e.g. at most 10% of lettings: {"indicator":"lettings","share":0.10}. */
    @Serdeable
    record ShareInput(@NotBlank String indicator, @NotNull BigDecimal share) {
    }

    @Serdeable
    record UnitInput(@NotBlank @Size(max = 64) String id, @NotNull Map<String, BigDecimal> indicators,
                     @Nullable @Min(0) Integer min, @Nullable @Min(0) Integer max,
                     @Nullable @Valid ShareInput minShare, @Nullable @Valid ShareInput maxShare) {
    }

    @Serdeable
    record DraagkrachtInput(@NotBlank String indicator, @NotNull BigDecimal strength) {
    }

    AllocationRequest toEngine() {
        return new AllocationRequest(total, method, criteria.stream().map(c -> new Criterion(c.indicator(), c.weight())).toList(),
                units.stream().map(PreviewRequest::unit).toList(),
                Optional.ofNullable(draagkracht).map(d -> new Draagkracht(d.indicator(), d.strength())));
    }

    private static Unit unit(UnitInput u) {
        Bound min = u.min() != null ? Bound.absolute(u.min())
                : u.minShare() != null ? new Bound.ShareOf(u.minShare().indicator(), u.minShare().share()) : null;
        Bound max = u.max() != null ? Bound.absolute(u.max())
                : u.maxShare() != null ? new Bound.ShareOf(u.maxShare().indicator(), u.maxShare().share()) : null;
        return new Unit(u.id(), u.indicators(), min, max);
    }
}
