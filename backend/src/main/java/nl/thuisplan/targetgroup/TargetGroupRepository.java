package nl.thuisplan.targetgroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.targetgroup.TargetGroups.HousingForm;
import nl.thuisplan.targetgroup.TargetGroups.RegionTargetGroup;

/** The national housing forms and each region's target groups, inside the caller's tenant transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TargetGroupRepository extends GenericRepository<RegionTargetGroupRow, String> {

    String COLUMNS = "code, name, national_code is not null as national, active, sort_order, version";

    @Query("select code, name, sort_order from housing_form order by sort_order")
    List<HousingForm> housingForms();

    @Query("select " + COLUMNS + " from region_target_group where region_id = :regionId and (active or not :activeOnly) "
            + "order by sort_order, name")
    List<RegionTargetGroup> forRegion(int regionId, boolean activeOnly);

    @Query("select " + COLUMNS + " from region_target_group where region_id = :regionId and code = :code")
    Optional<RegionTargetGroup> find(int regionId, String code);

    /** Groups of the region with this code or (in any case) this name. */
    @Query("select count(*) from region_target_group where region_id = :regionId and (code = :code or lower(name) = lower(:name))")
    long countClashes(int regionId, String code, String name);

    /** A region's own group, placed last. */
    @Query("""
            insert into region_target_group (region_id, code, name, sort_order)
            values (:regionId, :code, :name, (select coalesce(max(sort_order), 0) + 1 from region_target_group where region_id = :regionId))""")
    void insert(int regionId, String code, String name);

    /** Changes the group only at the version the caller saw; 0 rows: someone else changed it first. */
    @Query("""
            update region_target_group set active = :active, name = coalesce(:name, name), version = version + 1
            where region_id = :regionId and code = :code and version = :version""")
    int update(int regionId, String code, boolean active, @Nullable String name, int version);
}
