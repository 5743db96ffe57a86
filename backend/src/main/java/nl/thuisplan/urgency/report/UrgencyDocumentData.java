package nl.thuisplan.urgency.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the document of one version of an urgentieregeling shows, already in display form: the
 * caller knows how a status, a legal basis, a wait norm or a quota bound should read, so they arrive
 * as sentences; dates and the decision term are formatted by the document.
 */
public record UrgencyDocumentData(
        String regionName, String schemeName, int versionNo, String statusText,
        LocalDate validFrom, LocalDate validTo, String legalBasisText,
        List<CategoryBlock> categories,
        List<QuotaLine> quotas,
        List<DeviationLine> deviations,
        List<String> warnings,
        Instant generatedAt, String generatedBy) {

    /**
     * One urgency category. mandatoryText is "verplicht (nieuwe wet)" for a category the law
     * prescribes, else empty or null; waitNorm reads like "3 maanden (90 dagen)".
     */
    public record CategoryBlock(int priority, String name, String mandatoryText, String targetGroups,
                                String criteria, String evidence, int decisionDays, String waitNorm) {}

    /** One quota, e.g. ("Alle urgenten", "alle urgente categorieën", "hoogstens 30% van de verhuringen"). */
    public record QuotaLine(String label, String appliesTo, String bound) {}

    /** One accepted local deviation from a quota, e.g. ("Delft", "Alle urgenten", "hoogstens 35%", "…"). */
    public record DeviationLine(String municipality, String quotaLabel, String value, String reason) {}
}
