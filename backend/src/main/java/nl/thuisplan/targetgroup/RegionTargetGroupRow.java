package nl.thuisplan.targetgroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code region_target_group} (key: region and code). The root of {@link TargetGroupRepository};
 * what leaves the package is {@link TargetGroups.RegionTargetGroup}.
 */
@MappedEntity("region_target_group")
record RegionTargetGroupRow(@Id String code, int regionId, String name, @Nullable String nationalCode, boolean active,
                            int sortOrder, int version) {
}
