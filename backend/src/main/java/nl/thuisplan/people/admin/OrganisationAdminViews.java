package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.thuisplan.people.OrganisationKind;

/** What the administration of organisations answers and accepts. */
public final class OrganisationAdminViews {

    private OrganisationAdminViews() {
    }

    /** No control characters (tab, newline, …) in a name: it is printed in lists, mails and CSV files. */
    static final String PRINTABLE = "^[^\\p{Cntrl}]*$";

    @Serdeable
    public record Ref(String code, String name) {
    }

    /** An organisation as the beheerder sees it; {@code regions} are the regions a partner works in (that the caller can see). */
    @Serdeable
    public record OrganisationView(long id, OrganisationKind kind, String name, @Nullable String kvkNumber,
                                   @Nullable Ref municipality, @Nullable Ref region, @Nullable Ref province,
                                   List<Ref> regions, int version, boolean secondFactorRequired, boolean localLoginAllowed,
                                   List<OrganisationAdminAction> allowedActions) {
    }

    @Serdeable
    public record OrganisationPage(List<OrganisationView> items, long total) {
    }

    /** A new woningcorporatie or zorgaanbieder. */
    @Serdeable
    public record NewOrganisation(@NotNull OrganisationKind kind,
                                  @NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String name,
                                  @NotNull @Pattern(regexp = "^[0-9]{8}$") String kvkNumber,
                                  @NotNull @Size(min = 1, max = 50) List<@NotBlank String> regionCodes) {
    }

    /** A partner's new name, KvK number and regions; {@code version} as read. */
    @Serdeable
    public record OrganisationChange(@NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String name,
                                     @NotNull @Pattern(regexp = "^[0-9]{8}$") String kvkNumber,
                                     @NotNull @Size(min = 1, max = 50) List<@NotBlank String> regionCodes,
                                     @NotNull Integer version) {
    }

    /**
     * The organisation's login policy: its people need a second factor at password login; its people may log
     * in with a password at all (off: only through the organisation's own identity provider). {@code version} as read.
     */
    @Serdeable
    public record LoginPolicyChange(@NotNull Boolean secondFactorRequired, @NotNull Boolean localLoginAllowed,
                                    @NotNull Integer version) {
    }
}
