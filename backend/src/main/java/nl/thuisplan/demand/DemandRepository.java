package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.common.Sql;

/** The SQL of demand analyses and their figures; always called inside a tenant transaction. */
@Singleton
class DemandRepository {

    /** One version of an analysis as stored. {@code municipalityCode} null = the region's own analysis. */
    record Analysis(int regionId, String regionCode, String regionName, long id, @Nullable String municipalityCode,
                    @Nullable String municipalityName, int year, int versionNo, DemandStatus status,
                    @Nullable String returnedReason, @Nullable OffsetDateTime submittedAt, @Nullable String submittedBy,
                    @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy, OffsetDateTime updatedAt,
                    int lockVersion, int latestVersionNo) {

        boolean regional() {
            return municipalityCode == null;
        }

        boolean current() {
            return versionNo == latestVersionNo;
        }

        /** All versions of one municipality's analysis for one year share their audit history. */
        String auditKey() {
            return (regional() ? "REGIONAL" : municipalityCode) + "/" + year;
        }
    }

    record Cell(String targetGroup, String housingForm, Measure measure, @Nullable Integer value, @Nullable Integer low,
                @Nullable Integer high, @Nullable String source, @Nullable String note, int version) {

        String key() {
            return targetGroup + "/" + housingForm + "/" + measure;
        }
    }

    private static final String CELL = "target_group_code, housing_form_code, measure, value, low, high, source, note, version";

    private final Sql sql;
    private final DemandCellRepository cellRepository;
    private final DemandAnalysisRepository analyses;

    DemandRepository(Sql sql, DemandCellRepository cellRepository, DemandAnalysisRepository analyses) {
        this.sql = sql;
        this.cellRepository = cellRepository;
        this.analyses = analyses;
    }

    Optional<Analysis> byId(long id) {
        return analyses.byId(id).map(DemandAnalysisRepository.Stored::analysis);
    }

    /** The highest version of a municipality's (or, with null, the region's own) analysis for a year. */
    Optional<Analysis> latest(int regionId, @Nullable String municipalityCode, int year) {
        return analyses.latest(regionId, municipalityCode, year).map(DemandAnalysisRepository.Stored::analysis);
    }

    Optional<Analysis> latestAnyRegion(String municipalityCode, int year) {
        return analyses.latestAnyRegion(municipalityCode, year).map(DemandAnalysisRepository.Stored::analysis);
    }

    List<Analysis> versions(Analysis a) {
        return analyses.versions(a.regionId(), a.municipalityCode(), a.year()).stream()
                .map(DemandAnalysisRepository.Stored::analysis).toList();
    }

    long create(int regionId, @Nullable String municipalityCode, int year, int versionNo, String actor) {
        return analyses.create(regionId, municipalityCode, year, versionNo, actor);
    }

    List<Cell> cells(Analysis a) {
        return cellRepository.figures(a.regionId(), a.id()).stream().map(DemandCellRepository.Figure::cell).toList();
    }

    Optional<Cell> cell(Analysis a, String group, String form, Measure measure) {
        return cellRepository.figure(a.regionId(), a.id(), group, form, measure.name()).map(DemandCellRepository.Figure::cell);
    }

    /**
     * Writes many cells at once (an import), each only if unchanged since it was read: new cells
     * must not exist yet, existing ones must still have their version. Returns the cells written;
     * fewer than asked means someone else wrote in between, and the caller rolls everything back.
     */
    List<Cell> writeAll(Analysis a, List<Cell> inserts, List<Cell> updates, List<Integer> updateVersions, String actor) {
        List<Cell> written = new java.util.ArrayList<>();
        if (!inserts.isEmpty()) {
            written.addAll(sql.list("insert into demand_figure (region_id, analysis_id, municipality_code, target_group_code, "
                    + "housing_form_code, measure, value, low, high, source, note, updated_by) "
                    + "select ?, ?, ?, u.g, u.f, u.m, u.v, u.l, u.h, u.s, u.n, ? from unnest(?::text[], ?::text[], ?::text[], "
                    + "?::integer[], ?::integer[], ?::integer[], ?::text[], ?::text[]) as u(g, f, m, v, l, h, s, n) "
                    + "on conflict do nothing returning " + CELL, ps -> {
                        ps.setInt(1, a.regionId());
                        ps.setLong(2, a.id());
                        ps.setString(3, a.municipalityCode());
                        ps.setString(4, actor);
                        bindCells(ps, 5, inserts);
                    }, DemandRepository::cell));
        }
        if (!updates.isEmpty()) {
            written.addAll(sql.list("update demand_figure d set value = u.v, low = u.l, high = u.h, source = u.s, note = u.n, "
                    + "version = d.version + 1, updated_at = now(), updated_by = ? from unnest(?::text[], ?::text[], ?::text[], "
                    + "?::integer[], ?::integer[], ?::integer[], ?::text[], ?::text[], ?::integer[]) as u(g, f, m, v, l, h, s, n, ver) "
                    + "where d.region_id = ? and d.analysis_id = ? and d.target_group_code = u.g and d.housing_form_code = u.f "
                    + "and d.measure = u.m and d.version = u.ver returning " + CELL.replaceAll("(\\w+)", "d.$1"), ps -> {
                        ps.setString(1, actor);
                        int next = bindCells(ps, 2, updates);
                        ps.setArray(next, ps.getConnection().createArrayOf("integer", updateVersions.toArray()));
                        ps.setInt(next + 1, a.regionId());
                        ps.setLong(next + 2, a.id());
                    }, DemandRepository::cell));
        }
        return written;
    }

    /** Binds the eight column arrays of {@code cells} from parameter {@code first}; returns the next index. */
    private static int bindCells(java.sql.PreparedStatement ps, int first, List<Cell> cells) throws SQLException {
        var c = ps.getConnection();
        ps.setArray(first, c.createArrayOf("text", cells.stream().map(Cell::targetGroup).toArray()));
        ps.setArray(first + 1, c.createArrayOf("text", cells.stream().map(Cell::housingForm).toArray()));
        ps.setArray(first + 2, c.createArrayOf("text", cells.stream().map(x -> x.measure().name()).toArray()));
        ps.setArray(first + 3, c.createArrayOf("integer", cells.stream().map(Cell::value).toArray()));
        ps.setArray(first + 4, c.createArrayOf("integer", cells.stream().map(Cell::low).toArray()));
        ps.setArray(first + 5, c.createArrayOf("integer", cells.stream().map(Cell::high).toArray()));
        ps.setArray(first + 6, c.createArrayOf("text", cells.stream().map(Cell::source).toArray()));
        ps.setArray(first + 7, c.createArrayOf("text", cells.stream().map(Cell::note).toArray()));
        return first + 8;
    }

    void touch(Analysis a) {
        analyses.touch(a.regionId(), a.id());
    }

    boolean transition(Analysis a, int lockVersion, List<DemandStatus> from, DemandStatus to, @Nullable String reason,
                       String actor) {
        return analyses.transition(a, lockVersion, from, to, reason, actor);
    }

    void copyFigures(Analysis from, long toId, String actor) {
        analyses.copyFigures(from.regionId(), from.id(), toId, actor);
    }

    private static Cell cell(ResultSet rs) throws SQLException {
        return new Cell(rs.getString(1), rs.getString(2), Measure.valueOf(rs.getString(3)), (Integer) rs.getObject(4),
                (Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getInt(9));
    }
}
