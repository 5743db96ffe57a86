package nl.thuisplan.woonzorgvisie.figures;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.region.Members.Member;
import nl.thuisplan.region.Memberships;

/** Finds a document's area among the region's current members (gemeente) or deelregio's; runs in a scope that sees the membership. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Areas extends GenericRepository<Areas.AreaMember, String> {

    /** A current member municipality with its province. */
    @MappedEntity("municipality")
    record AreaMember(@Id String code, String name, String province) {
    }

    String MEMBER = "select m.code, m.name, p.name as province from region_membership rm "
            + "join municipality m on m.code = rm.municipality_code join province p on p.code = m.province_code ";

    @Query(MEMBER + "where rm.region_id = :regionId and rm.municipality_code = :code and " + Memberships.CURRENT)
    Optional<AreaMember> currentMember(int regionId, String code);

    @Query("select name from subregion where region_id = :regionId and code = :code")
    Optional<String> subregionName(int regionId, String code);

    @Query(MEMBER + "where rm.region_id = :regionId and rm.subregion_code = :code and " + Memberships.CURRENT + " order by m.name")
    List<AreaMember> subregionMembers(int regionId, String code);

    /** A current member municipality of the region. */
    default Optional<Area> municipality(int regionId, String code) {
        return currentMember(regionId, code).map(m -> new Area("MUNICIPALITY", m.code(), m.name(), m.province(),
                List.of(new Member(m.code(), m.name()))));
    }

    /** A deelregio of the region with its current members; its province is the members' (joined when several). */
    default Optional<Area> subregion(int regionId, String code) {
        return subregionName(regionId, code).map(name -> {
            List<AreaMember> members = subregionMembers(regionId, code);
            String provinces = String.join(", ", members.stream().map(AreaMember::province).distinct().sorted().toList());
            return new Area("SUBREGION", code, name, provinces, members.stream().map(m -> new Member(m.code(), m.name())).toList());
        });
    }
}
