package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.thuisplan.common.FieldProblem;

/** The JSON shapes of docs/api/urgency.md. Shares travel as decimal strings. */
final class UrgencyViews {

    private UrgencyViews() {
    }

    @Serdeable
    record Ref(String code, String name) {
    }

    @Serdeable
    record LegalBasis(@Nullable String name, @Nullable LocalDate date) {
    }

    @Serdeable
    record SchemeSummary(long id, String name, int versionNo, SchemeDisplayStatus status, LocalDate validFrom, LocalDate validTo,
                         LegalBasis legalBasis, int categoryCount, int quotaCount, @Nullable OffsetDateTime adoptedAt,
                         @Nullable String adoptedBy, @Nullable Long basedOn, List<SchemeAction> allowedActions) {
    }

    /** The region's versions as a collection: what the caller may do with it ({@code CREATE}). */
    @Serdeable
    record RegionSchemes(Ref region, List<SchemeAction> allowedActions) {
    }

    @Serdeable
    record Category(String code, String name, @Nullable String mandatory, List<String> targetGroups,
                    @Nullable String criteria, @Nullable String evidence, int decisionDays, int waitNormDays, int priority) {
    }

    @Serdeable
    record AppliesTo(boolean regular, List<String> categories) {
    }

    @Serdeable
    record Quota(@Nullable Long id, String label, AppliesTo appliesTo,
                 @Schema(allowableValues = {"MAX_SHARE", "MIN_SHARE", "PER_YEAR"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind, @Nullable String share,
                 @Nullable Integer perYear) {
    }

    @Serdeable
    record Deviation(long id, Ref municipality, long quotaId, String quotaLabel, @Nullable String share,
                     @Nullable Integer perYear, String reason, DeviationStatus status, String proposedBy,
                     OffsetDateTime proposedAt, @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt,
                     List<DeviationAction> allowedActions) {
    }

    @Serdeable
    record Warning(String code, String message, @Nullable String mandatory) {
    }

    @Serdeable
    record ClashView(List<String> quotas, String code, String message) {
    }

    @Serdeable
    record Consistency(boolean consistent, List<ClashView> clashes) {
    }

    /**
     * The consistency of an unsaved draft: {@code consistency} is null while {@code fields} names what
     * must be filled in before the quotas can be judged.
     */
    @Serdeable
    record DraftCheck(@Nullable Consistency consistency, List<FieldProblem> fields) {
    }

    @Serdeable
    record Scheme(long id, Ref region, String name, int versionNo, SchemeDisplayStatus status, int lockVersion, LocalDate validFrom,
                  LocalDate validTo, LegalBasis legalBasis, @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy,
                  @Nullable Long basedOn, List<Category> categories, List<Quota> quotas, List<Deviation> deviations,
                  List<Warning> warnings, Consistency consistency, List<SchemeAction> allowedActions) {
    }
}
