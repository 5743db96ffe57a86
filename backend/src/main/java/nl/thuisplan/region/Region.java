package nl.thuisplan.region;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code region}: the tenant. The root of {@link RegionRepository}; it never leaves the package. */
@MappedEntity("region")
record Region(@Id Integer regionId, String code, String name) {
}
