package nl.thuisplan.people.admin;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** The {@code version} of the person the beheerder read, for a status change. */
@Serdeable
public record PersonVersion(@NotNull Long version) {
}
