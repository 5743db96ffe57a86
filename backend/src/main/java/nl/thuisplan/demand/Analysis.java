package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import java.time.OffsetDateTime;

/** One version of an analysis as stored. {@code municipalityCode} null = the region's own analysis. */
record Analysis(int regionId, String regionCode, String regionName, long id, @Nullable String municipalityCode,
                @Nullable String municipalityName, int year, int versionNo, DemandStatus status,
                @Nullable String returnedReason, @Nullable OffsetDateTime submittedAt, @Nullable String submittedBy,
                @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy, OffsetDateTime updatedAt,
                int lockVersion, int latestVersionNo) {

    boolean regional() {
        return municipalityCode == null;
    }

    boolean current() {
        return versionNo == latestVersionNo;
    }

    /** All versions of one municipality's analysis for one year share their audit history. */
    String auditKey() {
        return (regional() ? "REGIONAL" : municipalityCode) + "/" + year;
    }
}
