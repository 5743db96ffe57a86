package nl.thuisplan.region.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What the administration of regions answers and accepts. */
public final class RegionAdminViews {

    private RegionAdminViews() {
    }

    static final String CODE = "^[A-Z]{2,6}$";
    static final String MUNICIPALITY = "^GM[0-9]{4}$";
    /** No control characters in names and notes. */
    static final String PRINTABLE = "^[^\\p{Cntrl}]*$";

    @Serdeable
    public record Ref(String code, String name) {
    }

    /**
     * A membership period of a municipality in the region; the key is (region, municipality, validFrom).
     * {@code allowedActions}: what the caller may do with it ({@link RegionAdminPolicy}).
     */
    @Serdeable
    public record RegionMember(Ref municipality, @Nullable String subregionCode, LocalDate validFrom, @Nullable LocalDate validTo,
                               boolean confirmed, @Nullable String note, int version, List<RegionMemberAction> allowedActions) {
    }

    /** A region with its deelregio's and every membership period, current, future and former. */
    @Serdeable
    public record AdminRegion(String code, String name, List<Ref> subregions, List<RegionMember> members,
                              List<RegionAdminAction> allowedActions) {
    }

    @Serdeable
    public record NewSubregion(@NotNull @Pattern(regexp = CODE) String code,
                               @NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String name) {
    }

    @Serdeable
    public record NewRegionMember(@NotNull @Pattern(regexp = MUNICIPALITY) String municipalityCode,
                                  @Nullable @Pattern(regexp = CODE) String subregionCode, @NotNull LocalDate validFrom) {
    }

    /** A new region; {@code subregions} (optional) are its deelregio's, which members may name. */
    @Serdeable
    public record NewRegion(@NotNull @Pattern(regexp = CODE) String code,
                            @NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String name,
                            @Nullable @Size(max = 50) List<@Valid NewSubregion> subregions,
                            @NotNull @Size(max = 400) List<@Valid NewRegionMember> members) {
    }

    /** A new membership period; {@code confirmed} false marks a "te bevestigen" member (default true). */
    @Serdeable
    public record NewMember(@NotNull @Pattern(regexp = MUNICIPALITY) String municipalityCode,
                            @Nullable @Pattern(regexp = CODE) String subregionCode, @NotNull LocalDate validFrom,
                            @Nullable Boolean confirmed) {
    }

    /** Confirm (confirmed true), end (validTo), move to another deelregio or note; {@code version} as read. */
    @Serdeable
    public record MemberChange(@Nullable LocalDate validTo, @NotNull Boolean confirmed,
                               @Nullable @Pattern(regexp = CODE) String subregionCode,
                               @Nullable @Size(max = 500) @Pattern(regexp = PRINTABLE) String note, @NotNull Integer version) {
    }
}
