package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.thuisplan.allocation.engine.BoundKind;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.allocation.engine.StepKind;

/** The JSON shapes of docs/api/allocation.md. Exact numbers travel as decimal strings. */
final class AllocationViews {

    private AllocationViews() {
    }

    @Serdeable
    record Ref(String code, String name) {
    }

    @Serdeable
    record ScenarioRef(long id, String name, int versionNo) {
    }

    /** What the caller may do with fair share in a region as a whole (GET /api/v1/allocation/regions/{region}). */
    @Serdeable
    record RegionView(Ref region, List<RegionAction> allowedActions) {
    }

    @Serdeable
    record ModelSummary(long id, String name, String period, List<Ref> targetGroups, ModelStatus status, int scenarioCount,
                        @Nullable ScenarioRef adoptedScenario, @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy,
                        @Nullable Integer total) {
    }

    @Serdeable
    record ModelView(long id, Ref region, String name, String period, List<Ref> targetGroups, ModelStatus status, int lockVersion,
                     @Nullable Integer demandTotal, @Nullable Long adoptedScenarioId, @Nullable OffsetDateTime adoptedAt,
                     @Nullable String adoptedBy, @Nullable Decision decision, List<ModelAction> allowedActions,
                     List<ScenarioView> scenarios) {
    }

    @Serdeable
    record CriterionView(String indicator, String weight) {
    }

    @Serdeable
    record DraagkrachtView(String indicator, String strength) {
    }

    @Serdeable
    record ShareView(String indicator, String share) {
    }

    @Serdeable
    record BoundView(String municipality, @Nullable Integer min, @Nullable Integer max, @Nullable ShareView minShare,
                     @Nullable ShareView maxShare) {
    }

    @Serdeable
    record ScenarioView(long id, long modelId, String name, int versionNo, ScenarioStatus status, int lockVersion,
                        @Schema(allowableValues = {"ENTERED", "DEMAND"}, requiredMode = Schema.RequiredMode.REQUIRED) String totalSource, int total, Method method, LocalDate referenceDate, List<CriterionView> criteria,
                        @Nullable DraagkrachtView draagkracht, List<BoundView> bounds, OffsetDateTime updatedAt,
                        String updatedBy, @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy,
                        List<ScenarioAction> allowedActions) {
    }

    @Serdeable
    record Warning(String municipality, String code, String message) {
    }

    @Serdeable
    record Missing(String municipality, String indicator) {
    }

    @Serdeable
    record InputUnit(String id, String name, Map<String, String> indicators) {
    }

    @Serdeable
    record Inputs(LocalDate referenceDate, @Schema(format = "date", requiredMode = Schema.RequiredMode.REQUIRED) List<LocalDate> availableDates, @Nullable Integer demandTotal,
                  List<InputUnit> units, List<Missing> missing, List<Warning> warnings) {
    }

    @Serdeable
    record ResultScenario(long id, String name, int versionNo, ScenarioStatus status) {
    }

    @Serdeable
    record ResultRow(Ref municipality, String quota, String quotaExact, String keyQuota, String correctedQuota, int target,
                     BoundKind bound, Map<String, String> contributions, @Nullable String draagkrachtFactor,
                     Map<String, String> indicators, @Nullable String perThousand) {
    }

    @Serdeable
    record StepView(int number, StepKind kind, @Nullable String unitId, @Nullable String value, String text,
                    @Nullable String tieWith) {
    }

    /**
     * The computation of a scenario; for an adopted scenario exactly as it was stored at adoption, with the besluit
     * that adopted it ({@code decision}: none for a concept, nor for scenarios adopted before V22).
     */
    @Serdeable
    record Result(ResultScenario scenario, String modelName, String period, List<Ref> targetGroups, Method method,
                  int total, int allocated, LocalDate referenceDate, boolean frozen, List<CriterionView> criteria,
                  @Nullable DraagkrachtView draagkracht, List<BoundView> bounds, List<ResultRow> rows,
                  List<StepView> steps, List<Warning> warnings, @Nullable OffsetDateTime adoptedAt,
                  @Nullable String adoptedBy, @Nullable Decision decision) {
    }

    /** The besluit that adopted a verdeling: its date, reference and the body that took it. */
    @Serdeable
    record Decision(LocalDate date, String reference, String body) {
    }

    /** Adopting a scenario: the lock version the client saw and the besluit (all three required). */
    @Serdeable
    record AdoptInput(@Nullable Integer lockVersion, @Nullable @Schema(format = "date") String decisionDate, @Nullable String decisionReference,
                      @Nullable String decisionBody) {
    }

    @Serdeable
    record CompareRow(Ref municipality, @Nullable Integer targetA, @Nullable Integer targetB, @Nullable String quotaA,
                      @Nullable String quotaB, int difference) {
    }

    @Serdeable
    record Compare(ScenarioRef a, ScenarioRef b, List<CompareRow> rows, int totalA, int totalB) {
    }
}
