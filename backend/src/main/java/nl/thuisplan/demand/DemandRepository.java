package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Demand analyses and their figures as the services use them, over the feature's Micronaut Data repositories;
 * always called inside a tenant transaction.
 */
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

    private final DemandCellRepository cellRepository;
    private final DemandAnalysisRepository analyses;

    DemandRepository(DemandCellRepository cellRepository, DemandAnalysisRepository analyses) {
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

    /** See {@link DemandCellRepository#writeAll}: fewer cells back than asked means the caller rolls everything back. */
    List<Cell> writeAll(Analysis a, List<Cell> inserts, List<Cell> updates, List<Integer> updateVersions, String actor) {
        return cellRepository.writeAll(a.regionId(), a.id(), a.municipalityCode(), inserts, updates, updateVersions, actor);
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
}
