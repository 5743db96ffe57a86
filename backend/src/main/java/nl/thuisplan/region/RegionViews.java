package nl.thuisplan.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Response records of the region feature; database rows never leave the package as entities. */
final class RegionViews {

    private RegionViews() {
    }

    @Serdeable
    record Ref(String code, String name) {
    }

    @Serdeable
    record RegionSummary(String code, String name, int municipalityCount, List<Ref> provinces) {
    }

    @Serdeable
    record RegionDetail(String code, String name, List<Ref> subregions, List<Member> municipalities) {
    }

    /** An indicator value with where it comes from and whether it is verified or an estimate. */
    @Serdeable
    record IndicatorValue(BigDecimal value, LocalDate referenceDate, String source, String status) {
    }

    @Serdeable
    record Member(String code, String name, Ref province, @Nullable Ref subregion,
                  LocalDate validFrom, @Nullable LocalDate validTo, boolean confirmed, @Nullable String note,
                  @Nullable IndicatorValue inhabitants) {
    }

    @Serdeable
    record Membership(Ref region, @Nullable Ref subregion, LocalDate validFrom, @Nullable LocalDate validTo,
                      boolean confirmed, @Nullable String note) {
    }

    @Serdeable
    record Municipality(String code, String name, Ref province, @Nullable String note,
                        @Nullable IndicatorValue inhabitants, List<Membership> memberships) {
    }
}
