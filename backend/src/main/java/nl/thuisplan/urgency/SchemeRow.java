package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One stored scheme version with its region's code and name, as {@link SchemeRepository} reads it
 * (the region columns come from the join in its queries; nothing is written through this record).
 */
@MappedEntity("urgency_scheme")
record SchemeRow(int regionId, String regionCode, String regionName, @Id @MappedProperty("scheme_id") long id, String name, int versionNo, SchemeStatus status,
                 LocalDate validFrom, LocalDate validTo, @Nullable String legalName, @Nullable LocalDate legalDate,
                 @Nullable Long basedOn, int lockVersion, @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy) {

    boolean adopted() {
        return status == SchemeStatus.ADOPTED;
    }

    SchemeDisplayStatus displayStatus() {
        return SchemeDisplayStatus.of(status, validTo, LocalDate.now());
    }
}
