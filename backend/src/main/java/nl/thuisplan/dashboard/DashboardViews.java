package nl.thuisplan.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.thuisplan.completeness.Completeness;
import nl.thuisplan.smallnumbers.Cell;

/** What the dashboard endpoints answer (docs/api/dashboard.md). */
public final class DashboardViews {

    private DashboardViews() {
    }

    @Serdeable
    public record Named(String code, String name) {
    }

    /** How complete a year's figures are over every region's current members: the year chooser shows it. */
    @Serdeable
    public record YearCompleteness(int year, Completeness completeness) {
    }

    /** @param defaultYear the newest year with complete figures, else the most complete ({@link DefaultYear}) */
    @Serdeable
    public record Filters(List<Integer> years, List<YearCompleteness> yearCompleteness, List<Named> targetGroups, List<Named> provinces,
                          int threshold, int defaultYear) {
    }

    /** @param kind REGION, MUNICIPALITY, REST (the municipalities outside the caller's province), REGIONAL (the region's own figures) or TOTAL */
    @Serdeable
    public record AreaRef(@Schema(allowableValues = {"REGION", "MUNICIPALITY", "REST", "REGIONAL", "TOTAL"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
                          @Nullable String code, String name) {
    }

    /**
     * @param outcome SHORTFALL when capacity falls short of the urgent inflow (certain even over part of the
     *                municipalities: the others can only add inflow); ENOUGH only when every municipality's demand is
     *                known; otherwise UNKNOWN ("niet te beoordelen"), never a pass on unknown demand
     * @param completeness of the region's municipalities, how many have adopted demand behind the urgent inflow
     */
    @Serdeable
    public record Urgency(String scheme, String capacity, Cell inflow, @Nullable String balance, boolean shortfall,
                          @Schema(allowableValues = {"SHORTFALL", "ENOUGH", "UNKNOWN"}, requiredMode = Schema.RequiredMode.REQUIRED) String outcome,
                          Completeness completeness) {
    }

    @Serdeable
    public record WoonzorgvisieCounts(int adopted, int inReview, int concept, int none) {
    }

    @Serdeable
    public record TrendPoint(int year, Cell moves, Completeness completeness) {
    }

    @Serdeable
    public record Row(AreaRef area, boolean detail, @Nullable Long inhabitants, int municipalities, Cell stock, Cell inflow,
                      Cell moves, @Nullable String movesPerThousand, Cell target, Cell realised, @Nullable String realisedShare,
                      @Nullable Urgency urgency, Completeness completeness, WoonzorgvisieCounts woonzorgvisie, List<TrendPoint> trend) {
    }

    @Serdeable
    public record RegionsTable(int year, String targetGroup, int threshold, List<Row> rows, Row total) {
    }

    /** @param suppressed false only for a programme manager reading its own region */
    @Serdeable
    public record MunicipalitiesTable(AreaRef region, int year, String targetGroup, int threshold, boolean suppressed,
                                      List<Row> rows, Row total) {
    }

    /**
     * @param regionName the name of {@code region}, for the table behind the map (whatever the filters list)
     * @param province the municipality's province code, so the map follows the province filter
     * @param suppressed the count behind the value is hidden (below the threshold), so there is no value
     * @param completeness behind the value: a municipality's own (known or "onbekend"), or its region's for an average
     */
    @Serdeable
    public record MapValue(String municipality, String region, String regionName, String province,
                           @Schema(allowableValues = {"MUNICIPALITY", "REGION"}, requiredMode = Schema.RequiredMode.REQUIRED)
                           String level, @Nullable String movesPerThousand, String text,
                           boolean suppressed, Completeness completeness) {
    }

    /** @param threshold counts below it are hidden ({@code thuisplan.dashboard.min-count}), as in the tables */
    @Serdeable
    public record MapView(int year, String targetGroup, int threshold, List<MapValue> values) {
    }
}
