package nl.thuisplan.targetgroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;

@Singleton
public class TargetGroups {

    @Serdeable
    public record HousingForm(String code, String name, int sortOrder) {
    }

    @Serdeable
    public record RegionTargetGroup(String code, String name, boolean national, boolean active, int sortOrder, int version) {
    }

    private final TargetGroupRepository repo;
    private final TenantTransactions tx;
    private final Regions regions;
    private final AuditLog audit;

    TargetGroups(TargetGroupRepository repo, TenantTransactions tx, Regions regions, AuditLog audit) {
        this.repo = repo;
        this.tx = tx;
        this.regions = regions;
        this.audit = audit;
    }

    List<HousingForm> housingForms() {
        return tx.read(Scope.SYSTEM, repo::housingForms);
    }

    /** All of the region's groups, or only the active ones, in order; inside the caller's transaction. */
    public List<RegionTargetGroup> forRegion(int regionId, boolean activeOnly) {
        return repo.forRegion(regionId, activeOnly);
    }

    List<RegionTargetGroup> list(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> forRegion(regions.require(caller, regionCode).id(), false));
    }

    RegionTargetGroup add(Caller caller, String regionCode, String name) {
        return tx.write(caller.scope(), () -> {
            RegionRef region = requireManager(caller, regionCode);
            String trimmed = name.trim();
            String code = "eigen_" + slug(trimmed);
            if (repo.countClashes(region.id(), code, trimmed) > 0) {
                throw new ProblemException(HttpStatus.CONFLICT, "TARGET_GROUP_EXISTS",
                        "De regio heeft al een aandachtsgroep met deze naam.");
            }
            repo.insert(region.id(), code, trimmed);
            RegionTargetGroup created = repo.find(region.id(), code).orElseThrow();
            audit.record(new AuditLog.Change(region.id(), caller.username(), "TARGET_GROUP_ADDED", "target_group", code,
                    null, "name", null, trimmed, null));
            return created;
        });
    }

    RegionTargetGroup change(Caller caller, String regionCode, String code, boolean active, @Nullable String name, int version) {
        return tx.write(caller.scope(), () -> {
            RegionRef region = requireManager(caller, regionCode);
            RegionTargetGroup before = repo.find(region.id(), code)
                    .orElseThrow(() -> ProblemException.notFound("Aandachtsgroep " + code));
            if (name != null && before.national()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "TARGET_GROUP_NATIONAL",
                        "De naam van een landelijke aandachtsgroep ligt vast.");
            }
            if (repo.update(region.id(), code, active, name == null ? null : name.trim(), version) == 0) {
                throw new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                        "Iemand anders heeft deze aandachtsgroep intussen gewijzigd. Laad de pagina opnieuw.");
            }
            RegionTargetGroup after = repo.find(region.id(), code).orElseThrow();
            if (before.active() != after.active()) {
                audit.record(new AuditLog.Change(region.id(), caller.username(), "TARGET_GROUP_CHANGED", "target_group",
                        code, null, "active", String.valueOf(before.active()), String.valueOf(after.active()), null));
            }
            if (!before.name().equals(after.name())) {
                audit.record(new AuditLog.Change(region.id(), caller.username(), "TARGET_GROUP_CHANGED", "target_group",
                        code, null, "name", before.name(), after.name(), null));
            }
            return after;
        });
    }

    private RegionRef requireManager(Caller caller, String regionCode) {
        RegionRef region = regions.require(caller, regionCode);
        if (!caller.managesRegion(region.code()) && !caller.is(Role.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Alleen de programmamanager van de regio beheert de aandachtsgroepen.");
        }
        return region;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De naam moet letters of cijfers bevatten.",
                    List.of(new nl.thuisplan.common.FieldProblem("name", "INVALID_FORMAT", "Gebruik letters of cijfers.")));
        }
        return slug.length() > 33 ? slug.substring(0, 33) : slug;
    }
}
