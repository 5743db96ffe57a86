package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.demand.DemandRepository.Cell;

/**
 * The cell save as one statement ({@code demand_write_cell}, V10): it checks that the group is active and the form known, reads the
 * cell as it was, writes it only if nobody changed it since {@code expectedVersion} (null: it must not
 * exist yet), marks the analysis as updated, and looks up what the warnings compare with (last
 * year's value, the inhabitants). Runs in the caller's tenant transaction, after the caller's right
 * to edit the analysis has been checked; the audit of the change is the transaction's other statement.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DemandCellRepository extends GenericRepository<DemandCellRepository.Saved, Long> {

    /**
     * What the save did. {@code version} null = nothing written (unknown group or form, or a stale
     * version: then {@code before*} is the cell as it is now, when there is one).
     */
    @MappedEntity // a query result, not a table: read by column name (naming strategy: before_value -> beforeValue)
    record Saved(boolean groupKnown, boolean formKnown, @Nullable Integer value, @Nullable Integer low,
                 @Nullable Integer high, @Nullable String source, @Nullable String note, @Nullable Integer version,
                 @Nullable Integer beforeValue, @Nullable Integer beforeLow, @Nullable Integer beforeHigh,
                 @Nullable String beforeSource, @Nullable String beforeNote, @Nullable Integer beforeVersion,
                 @Nullable Integer previousYearValue, @Nullable Long inhabitants) {

        @Nullable Cell after(String group, String form, Measure measure) {
            return version == null ? null : new Cell(group, form, measure, value, low, high, source, note, version);
        }

        @Nullable Cell before(String group, String form, Measure measure) {
            return beforeVersion == null ? null
                    : new Cell(group, form, measure, beforeValue, beforeLow, beforeHigh, beforeSource, beforeNote, beforeVersion);
        }
    }

    /** A stored figure, read by column name (aliases follow the naming strategy: target_group -> targetGroup). */
    @MappedEntity("demand_figure")
    record Figure(String targetGroup, String housingForm, Measure measure, @Nullable Integer value, @Nullable Integer low,
                  @Nullable Integer high, @Nullable String source, @Nullable String note, int version) {

        Cell cell() {
            return new Cell(targetGroup, housingForm, measure, value, low, high, source, note, version);
        }
    }

    @Query("""
            select target_group_code as target_group, housing_form_code as housing_form, measure, value, low, high,
                   source, note, version
            from demand_figure where region_id = :regionId and analysis_id = :analysisId""")
    List<Figure> figures(int regionId, long analysisId);

    @Query("""
            select target_group_code as target_group, housing_form_code as housing_form, measure, value, low, high,
                   source, note, version
            from demand_figure where region_id = :regionId and analysis_id = :analysisId
              and target_group_code = :targetGroup and housing_form_code = :housingForm and measure = :measure""")
    Optional<Figure> figure(int regionId, long analysisId, String targetGroup, String housingForm, String measure);

    @Query("""
            select * from demand_write_cell(:regionId, :analysisId, :municipalityCode, :year, :targetGroup, :housingForm,
                                            :measure, :value, :low, :high, :source, :note, :expectedVersion, :actor)""")
    Optional<Saved> writeCell(int regionId, long analysisId, @Nullable String municipalityCode, int year, String targetGroup,
                         String housingForm, String measure, @Nullable Integer value, @Nullable Integer low,
                         @Nullable Integer high, @Nullable String source, @Nullable String note,
                         @Nullable Integer expectedVersion, String actor);
}
