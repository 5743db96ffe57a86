package nl.thuisplan.allocation.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the PDF of one allocation scenario shows, already in display form: numbers that need
 * Dutch decimals (quota, per thousand, weights) arrive as strings because the caller knows their
 * precision; whole numbers (total, allocated, target) are formatted by the report.
 */
public record AllocationReportData(
        String regionName, String modelName, String period, List<String> targetGroups,
        String scenarioName, int versionNo,
        String statusText,
        String methodLabel,
        int total, int allocated, LocalDate referenceDate,
        List<CriterionLine> criteria,
        String draagkrachtText,
        List<BoundLine> bounds,
        List<Row> rows,
        List<StepLine> steps,
        List<String> warnings,
        Instant generatedAt, String generatedBy) {

    /** One criterion of the key, e.g. ("Inwoners", "60%"). */
    public record CriterionLine(String indicatorLabel, String weightPercent) {}

    /** A floor or cap on one municipality, e.g. ("Diemen", "minimaal 2, maximaal 10% van verhuringen"). */
    public record BoundLine(String municipalityName, String text) {}

    /** One municipality's line in the table; boundLabel is empty or null when no bound applied. */
    public record Row(String code, String name, String quota, int target, String boundLabel, String perThousand) {}

    /** One audited rounding step, numbered as the engine logged it. */
    public record StepLine(int number, String text) {}
}
