package nl.thuisplan.region;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Optional;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;

/** Finds a region by code for other features, within the current tenant transaction. */
@Singleton
public class Regions {

    /** A region as other features refer to it. */
    @Serdeable
    public record RegionRef(int id, String code, String name) {
    }

    private final RegionRepository repo;

    Regions(RegionRepository repo) {
        this.repo = repo;
    }

    /** The region if the caller may see it (both walls), otherwise 404. */
    public RegionRef require(Caller caller, String code) {
        return find(code).filter(r -> caller.scope().allowsRegion(r.id()))
                .orElseThrow(() -> ProblemException.notFound("Regio " + code));
    }

    public Optional<RegionRef> find(String code) {
        return repo.refByCode(code);
    }

    public Optional<RegionRef> byId(int id) {
        return repo.refById(id);
    }
}
