package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Ends a membership (validTo) or changes managesPeople, against the {@code version} read; never deletes. */
@Serdeable
public record MembershipChange(@Nullable LocalDate validTo, @NotNull Boolean managesPeople, @NotNull Integer version) {
}
