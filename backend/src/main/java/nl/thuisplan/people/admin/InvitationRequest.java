package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.thuisplan.auth.Role;

/**
 * A new person with a first membership; {@code regionCode} only for a partner (one of the regions
 * it works in). {@code validFrom} defaults to today.
 */
@Serdeable
public record InvitationRequest(@NotBlank @Size(max = 254) @Email String email,
                                @NotBlank @Size(max = 200) String displayName,
                                @NotNull Long organisationId,
                                @NotNull Role role,
                                @Nullable @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]+") String regionCode,
                                @Nullable Boolean managesPeople,
                                @Nullable LocalDate validFrom,
                                @Nullable LocalDate validTo) {
}
