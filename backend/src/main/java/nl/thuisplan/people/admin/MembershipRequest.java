package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.thuisplan.auth.Role;

/** Another membership for a person; {@code regionCode} only for a partner. */
@Serdeable
public record MembershipRequest(@NotNull Long organisationId,
                                @NotNull Role role,
                                @Nullable @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]+") String regionCode,
                                @Nullable Boolean managesPeople,
                                @NotNull LocalDate validFrom,
                                @Nullable LocalDate validTo) {
}
