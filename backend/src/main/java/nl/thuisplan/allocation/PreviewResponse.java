package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import nl.thuisplan.allocation.engine.AllocationResult;
import nl.thuisplan.allocation.engine.BoundKind;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.allocation.engine.Step;
import nl.thuisplan.allocation.engine.StepKind;

/** The answer of the preview: per unit the exact quota (as a decimal string), the target and why; then the steps. */
@Serdeable
record PreviewResponse(Method method, int total, int allocated, List<Result> results, List<StepView> steps) {

    @Serdeable
    record Result(String id, String quota, String quotaExact, int target, BoundKind bound, Map<String, String> contributions) {
    }

    @Serdeable
    record StepView(int number, StepKind kind, @Nullable String unitId, @Nullable String value, String text,
                    @Nullable String tieWith) {
    }

    static PreviewResponse of(AllocationResult r) {
        return new PreviewResponse(r.method(), r.total(), r.allocated(),
                r.results().stream().map(u -> new Result(u.id(), u.quotaText(), u.quota().toFractionString(), u.target(),
                        u.bound(), u.contributionTexts())).toList(),
                r.steps().stream().map(PreviewResponse::step).toList());
    }

    private static StepView step(Step s) {
        return new StepView(s.number(), s.kind(), s.unitId(), s.valueText(), s.text(),
                s.tie() == null ? null : s.tie().otherUnitId());
    }
}
