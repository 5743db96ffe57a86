package nl.thuisplan.region;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Optional;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Sql;

/** Finds a region by code for other features, within the current tenant transaction. */
@Singleton
public class Regions {

    /** A region as other features refer to it. */
    @Serdeable
    public record RegionRef(int id, String code, String name) {
    }

    private final Sql sql;

    Regions(Sql sql) {
        this.sql = sql;
    }

    /** The region if the caller may see it (both walls), otherwise 404. */
    public RegionRef require(Caller caller, String code) {
        return find(code).filter(r -> caller.scope().allowsRegion(r.id()))
                .orElseThrow(() -> ProblemException.notFound("Regio " + code));
    }

    public Optional<RegionRef> find(String code) {
        return sql.one("select region_id, code, name from region where code = ?", ps -> ps.setString(1, code),
                rs -> new RegionRef(rs.getInt(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<RegionRef> byId(int id) {
        return sql.one("select region_id, code, name from region where region_id = ?", ps -> ps.setInt(1, id),
                rs -> new RegionRef(rs.getInt(1), rs.getString(2), rs.getString(3)));
    }
}
