package nl.thuisplan.woonzorgvisie.figures;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.common.Sql;
import nl.thuisplan.region.Members.Member;
import nl.thuisplan.region.Memberships;

/** Finds a document's area among the region's current members (gemeente) or deelregio's. */
@Singleton
public class Areas {

    private final Sql sql;

    Areas(Sql sql) {
        this.sql = sql;
    }

    /** A current member municipality of the region; runs in a scope that sees the membership. */
    public Optional<Area> municipality(int regionId, String code) {
        return sql.one("select m.code, m.name, p.name from region_membership rm join municipality m on m.code = rm.municipality_code "
                        + "join province p on p.code = m.province_code where rm.region_id = ? and rm.municipality_code = ? and "
                        + Memberships.CURRENT,
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, code);
                },
                rs -> new Area("MUNICIPALITY", rs.getString(1), rs.getString(2), rs.getString(3),
                        List.of(new Member(rs.getString(1), rs.getString(2)))));
    }

    /** A deelregio of the region with its current members; its province is the members' (joined when several). */
    public Optional<Area> subregion(int regionId, String code) {
        Optional<String> name = sql.one("select name from subregion where region_id = ? and code = ?", ps -> {
            ps.setInt(1, regionId);
            ps.setString(2, code);
        }, rs -> rs.getString(1));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String[]> members = sql.list("select m.code, m.name, p.name from region_membership rm "
                        + "join municipality m on m.code = rm.municipality_code join province p on p.code = m.province_code "
                        + "where rm.region_id = ? and rm.subregion_code = ? and " + Memberships.CURRENT + " order by m.name",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, code);
                }, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        String provinces = String.join(", ", members.stream().map(m -> m[2]).distinct().sorted().toList());
        return Optional.of(new Area("SUBREGION", code, name.get(), provinces,
                members.stream().map(m -> new Member(m[0], m[1])).toList()));
    }
}
