package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A reset link made by the beheerder: mailed, or (no SMTP) the link to pass on. */
@Serdeable
public record PersonPasswordReset(boolean mailed, @Nullable String link) {
}
