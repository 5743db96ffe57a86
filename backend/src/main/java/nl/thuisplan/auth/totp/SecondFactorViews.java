package nl.thuisplan.auth.totp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;

/** What the enrolment endpoints take and answer. */
final class SecondFactorViews {

    private SecondFactorViews() {
    }

    /** The caller's second factor: whether it is on, how many recovery codes are left, what the organisation asks. */
    @Serdeable
    record Status(boolean enabled, @Nullable Instant confirmedAt, int recoveryCodesLeft, boolean required,
                  boolean localLoginAllowed) {
    }

    /** A started enrolment: shown once, to be put into the authenticator app (QR code of the URI, or the secret typed). */
    @Serdeable
    record Enrolment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Het geheim in base32, om met de hand in te voeren") String secret,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "otpauth://-URI voor de QR-code") String uri,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De naam waaronder de app het account toont") String account) {
    }

    /** The recovery codes, shown once. */
    @Serdeable
    record RecoveryCodes(List<String> codes) {
    }

    /** A code from the authenticator app. */
    @Serdeable
    record CodeInput(@NotNull @Pattern(regexp = "^[0-9]{6}$", message = "Een code bestaat uit 6 cijfers") String code) {
    }
}
