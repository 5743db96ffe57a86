package nl.thuisplan.region;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The current members of a region, for other features. Runs inside the caller's tenant
 * transaction, so row-level security decides which members the caller sees.
 */
@Singleton
public class Members {

    @Serdeable
    public record Member(String code, String name) {
    }

    private final RegionRepository repo;

    Members(RegionRepository repo) {
        this.repo = repo;
    }

    /** Today's members, by name. */
    public List<Member> current(int regionId) {
        return repo.currentMembers(regionId);
    }
}
