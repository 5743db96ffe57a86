package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

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

    /** The stored figures of an analysis. */
    default List<Cell> cells(Analysis a) {
        return figures(a.regionId(), a.id()).stream().map(Figure::cell).toList();
    }

    default Optional<Cell> cell(Analysis a, String group, String form, Measure measure) {
        return figure(a.regionId(), a.id(), group, form, measure.name()).map(Figure::cell);
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

    /** The columns of a written figure under the names of {@link Figure}. */
    String RETURNING = "returning target_group_code as target_group, housing_form_code as housing_form, measure, value, low, high, "
            + "source, note, version";

    /** The figures as column arrays, in one order: one statement however many figures (an import has hundreds). */
    String FIGURES = "unnest(cast(:targetGroups as text[]), cast(:housingForms as text[]), cast(:measures as text[]), "
            + "cast(:figureValues as integer[]), cast(:lows as integer[]), cast(:highs as integer[]), cast(:sources as text[]), "
            + "cast(:notes as text[])";

    /**
     * Writes many cells at once (an import), each only if unchanged since it was read: new cells
     * must not exist yet, existing ones must still have their version. Returns the cells written;
     * fewer than asked means someone else wrote in between, and the caller rolls everything back.
     */
    default List<Cell> writeAll(int regionId, long analysisId, @Nullable String municipalityCode, List<Cell> inserts,
                                List<Cell> updates, List<Integer> updateVersions, String actor) {
        List<Figure> written = new java.util.ArrayList<>();
        if (!inserts.isEmpty()) {
            written.addAll(insertAll(regionId, analysisId, municipalityCode, actor, column(inserts, Cell::targetGroup),
                    column(inserts, Cell::housingForm), column(inserts, c -> c.measure().name()), numbers(inserts, Cell::value),
                    numbers(inserts, Cell::low), numbers(inserts, Cell::high), column(inserts, Cell::source),
                    column(inserts, Cell::note)));
        }
        if (!updates.isEmpty()) {
            written.addAll(updateAll(regionId, analysisId, actor, column(updates, Cell::targetGroup),
                    column(updates, Cell::housingForm), column(updates, c -> c.measure().name()), numbers(updates, Cell::value),
                    numbers(updates, Cell::low), numbers(updates, Cell::high), column(updates, Cell::source),
                    column(updates, Cell::note), updateVersions.toArray(Integer[]::new)));
        }
        return written.stream().map(Figure::cell).toList();
    }

    private static String[] column(List<Cell> cells, java.util.function.Function<Cell, String> field) {
        return cells.stream().map(field).toArray(String[]::new);
    }

    private static Integer[] numbers(List<Cell> cells, java.util.function.Function<Cell, Integer> field) {
        return cells.stream().map(field).toArray(Integer[]::new);
    }

    /** New figures; one that exists already (someone else was first) is skipped, so it is missing from the result. */
    @Query("insert into demand_figure (region_id, analysis_id, municipality_code, target_group_code, housing_form_code, measure, "
            + "value, low, high, source, note, updated_by) "
            + "select :regionId, :analysisId, :municipalityCode, u.g, u.f, u.m, u.v, u.l, u.h, u.s, u.n, :actor from " + FIGURES
            + ") as u(g, f, m, v, l, h, s, n) on conflict do nothing " + RETURNING)
    List<Figure> insertAll(int regionId, long analysisId, @Nullable String municipalityCode, String actor, String[] targetGroups,
                           String[] housingForms, String[] measures, Integer[] figureValues, Integer[] lows, Integer[] highs,
                           String[] sources, String[] notes);

    /** Changed figures, each only at its expected version; one changed meanwhile is missing from the result. */
    @Query("update demand_figure d set value = u.v, low = u.l, high = u.h, source = u.s, note = u.n, version = d.version + 1, "
            + "updated_at = now(), updated_by = :actor from " + FIGURES + ", cast(:versions as integer[])) "
            + "as u(g, f, m, v, l, h, s, n, ver) where d.region_id = :regionId and d.analysis_id = :analysisId "
            + "and d.target_group_code = u.g and d.housing_form_code = u.f and d.measure = u.m and d.version = u.ver "
            + "returning d.target_group_code as target_group, d.housing_form_code as housing_form, d.measure, d.value, d.low, "
            + "d.high, d.source, d.note, d.version")
    List<Figure> updateAll(int regionId, long analysisId, String actor, String[] targetGroups, String[] housingForms,
                           String[] measures, Integer[] figureValues, Integer[] lows, Integer[] highs, String[] sources,
                           String[] notes, Integer[] versions);
}
