package nl.thuisplan.region;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.common.Sql;

/**
 * The current members of a region, for other features. Runs inside the caller's tenant
 * transaction, so row-level security decides which members the caller sees.
 */
@Singleton
public class Members {

    @Serdeable
    public record Member(String code, String name) {
    }

    private final Sql sql;

    Members(Sql sql) {
        this.sql = sql;
    }

    /** Today's members, by name. */
    public List<Member> current(int regionId) {
        return sql.list("select m.code, m.name from region_membership rm join municipality m on m.code = rm.municipality_code "
                        + "where rm.region_id = ? and " + Memberships.CURRENT + " order by m.name, m.code",
                ps -> ps.setInt(1, regionId), rs -> new Member(rs.getString(1), rs.getString(2)));
    }
}
