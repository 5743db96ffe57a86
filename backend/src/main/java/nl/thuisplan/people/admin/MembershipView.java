package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import nl.thuisplan.auth.Role;
import nl.thuisplan.people.OrganisationKind;

/** A membership as the beheerder sees it: organisation, role, scope by name, period, and its lock version. */
@Serdeable
public record MembershipView(long id, Organisation organisation, Role role, @Nullable Named region,
                             @Nullable Named municipality, @Nullable Named province, boolean managesPeople,
                             LocalDate validFrom, @Nullable LocalDate validTo, boolean active, int version) {

    @Serdeable
    public record Organisation(long id, String name, OrganisationKind kind) {
    }

    @Serdeable
    public record Named(String code, String name) {
    }
}
