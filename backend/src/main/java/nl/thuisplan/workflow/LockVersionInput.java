package nl.thuisplan.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.thuisplan.common.ProblemException;

/**
 * The body of every step that needs nothing but the version the client last saw (submit, publish,
 * return without reason, delete). Steps with more input carry a {@code lockVersion} field of their own
 * and pass it to {@link Transitions} the same way.
 */
@Serdeable
public record LockVersionInput(@Nullable Integer lockVersion) {

    /** The version, or 400 {@code VALIDATION_FAILED} with the field {@code lockVersion} when it is missing. */
    public int required() {
        return require(lockVersion);
    }

    public static int require(@Nullable Integer lockVersion) {
        if (lockVersion == null) {
            throw ProblemException.badInput("lockVersion", "REQUIRED", "De versie (lockVersion) ontbreekt.");
        }
        return lockVersion;
    }
}
