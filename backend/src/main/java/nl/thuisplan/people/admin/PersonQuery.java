package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;

/** The filters and page of the people list. */
record PersonQuery(@Nullable String q, @Nullable Long organisationId, @Nullable String regionCode,
                   @Nullable PersonStatus status, int limit, int offset) {
}
