package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Response records of the demand feature (docs/api/demand.md). */
final class DemandViews {

    /** The overview's status of a municipality without an analysis for the year (beside the DemandStatus names). */

    private DemandViews() {
    }

    @Serdeable
    record Ref(String code, String name) {
    }

    @Serdeable
    record Warning(String code, String message) {
    }

    @Serdeable
    record CellView(String targetGroup, String housingForm, Measure measure, @Nullable Integer value,
                    @Nullable Integer low, @Nullable Integer high, @Nullable String source, @Nullable String note,
                    @Nullable Integer version, @Nullable Integer previousYearValue, List<Warning> warnings) {
    }

    /**
     * The median per 1,000 inhabitants of the region's other municipalities for one figure (at least
     * three reporting), computed once per view; the client sends it back with a save of that cell so the
     * answer can carry {@code FAR_FROM_REGION_MEDIAN} without a region-wide query per save.
     */
    @Serdeable
    record RegionMedian(String targetGroup, String housingForm, Measure measure, double perThousand) {
    }

    @Serdeable
    record VersionRef(long id, int versionNo, DemandStatus status) {
    }

    @Serdeable
    record AnalysisView(long id, Ref region, @Nullable Ref municipality, int year, int versionNo, DemandStatus status,
                        int lockVersion, boolean editable, @Nullable LocalDate deadline, boolean overdue,
                        @Nullable String returnedReason, @Nullable OffsetDateTime submittedAt, @Nullable String submittedBy,
                        @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy, @Nullable Long inhabitants,
                        List<VersionRef> versions, List<DemandAction> allowedActions, List<Ref> targetGroups,
                        List<Ref> housingForms, List<CellView> cells, List<RegionMedian> regionMedians) {
    }

    @Serdeable
    record OverviewRow(Ref municipality, @Nullable Ref subregion, @Nullable Long analysisId, @Nullable Integer versionNo,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DemandOverviewStatus status, boolean overdue,
                       @Nullable OffsetDateTime updatedAt) {
    }

    @Serdeable
    record RegionalRef(@Nullable Long analysisId,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DemandOverviewStatus status) {
    }

    /** @param deadlineVersion the deadline's lock version, sent back when it is changed; null while there is none */
    @Serdeable
    record Overview(Ref region, int year, @Nullable LocalDate deadline, @Nullable Integer deadlineVersion,
                    List<OverviewRow> municipalities, @Nullable RegionalRef regional, List<DemandRegionAction> allowedActions) {
    }
}
