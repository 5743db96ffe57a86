package nl.thuisplan.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's role in one organisation for a period, with the scope columns that follow from the
 * organisation (a partner's: the region chosen among those it works in). The caller's scope is
 * computed from one membership, the active one, which the access token names.
 */
@MappedEntity("membership")
public record Membership(
        @Id @GeneratedValue Long membershipId,
        Long userId,
        Long organisationId,
        String organisationKind,
        Role role,
        @Nullable Integer regionId,
        @Nullable String municipalityCode,
        @Nullable String provinceCode,
        boolean managesPeople,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable Instant lastUsedAt,
        int version) {

    /** Active on a day when it has started and not yet ended (both ends inclusive). */
    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
