package nl.thuisplan.demand;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.List;
import nl.thuisplan.region.Memberships;

/**
 * The rows the demo demand data reads and writes ({@link DemoDemand}); runs in its system-scope transaction.
 * The analyses themselves are created through {@link DemandAnalysisRepository#create}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DemoDemandRepository extends GenericRepository<DemoDemandRepository.DemoFigure, Long> {

    /** A synthetic figure as written (the root, so a list of them is inserted as one JDBC batch). */
    @MappedEntity("demand_figure")
    record DemoFigure(@Id long analysisId, int regionId, String municipalityCode, String targetGroupCode,
                      String housingFormCode, String measure, long value, String source) {
    }

    /** A current member municipality and its newest inhabitants figure (0 when it has none). */
    @MappedEntity("region_membership")
    record Member(int regionId, String municipalityCode, BigDecimal inhabitants) {
    }

    @Query("select rm.region_id, rm.municipality_code, coalesce((select i.value from municipal_indicator i "
            + "where i.municipality_code = rm.municipality_code and i.indicator = 'inhabitants' "
            + "order by i.reference_date desc limit 1), 0) as inhabitants from region_membership rm where " + Memberships.CURRENT)
    List<Member> members();

    @Query("select count(*) > 0 from demand_analysis where region_id = :regionId and municipality_code = :municipalityCode "
            + "and year = :year")
    boolean exists(int regionId, String municipalityCode, int year);

    /** Sent as one JDBC batch. */
    @Query("insert into demand_figure (region_id, analysis_id, municipality_code, target_group_code, housing_form_code, measure, "
            + "value, source, updated_by) values (:regionId, :analysisId, :municipalityCode, :targetGroupCode, :housingFormCode, "
            + ":measure, :value, :source, 'demo')")
    void insertFigures(List<DemoFigure> figures);

    @Query("update demand_analysis set status = :status, adopted_at = now(), adopted_by = 'demo' where region_id = :regionId "
            + "and analysis_id = :analysisId")
    void adopt(int regionId, long analysisId, String status);
}
