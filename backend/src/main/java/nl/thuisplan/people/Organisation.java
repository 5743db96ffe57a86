package nl.thuisplan.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code organisation}: a gemeente, regio or provincie is tied to its municipality, region or
 * province; a partner has a KvK number and the regions it works in ({@code organisation_region}).
 */
@MappedEntity("organisation")
public record Organisation(
        @Id @GeneratedValue Long organisationId,
        OrganisationKind kind,
        String name,
        @Nullable String municipalityCode,
        @Nullable Integer regionId,
        @Nullable String provinceCode,
        @Nullable String kvkNumber,
        int version) {

    /** A new woningcorporatie or zorgaanbieder; its regions are added beside it. */
    public static Organisation partner(OrganisationKind kind, String name, String kvkNumber) {
        if (!kind.partner()) {
            throw new IllegalArgumentException(kind + " is not a partner");
        }
        return new Organisation(null, kind, name, null, null, null, kvkNumber, 0);
    }
}
