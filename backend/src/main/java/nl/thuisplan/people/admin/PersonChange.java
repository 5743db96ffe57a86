package nl.thuisplan.people.admin;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new name and address for a person, against the {@code version} the beheerder read. */
@Serdeable
public record PersonChange(@NotBlank @Size(max = 200) String displayName,
                           @NotBlank @Size(max = 254) @Email String email,
                           @NotNull Long version) {
}
