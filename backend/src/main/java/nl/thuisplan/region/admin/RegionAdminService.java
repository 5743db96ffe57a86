package nl.thuisplan.region.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.people.OrganisationKind;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.region.admin.RegionAdminRepository.MemberRow;
import nl.thuisplan.region.admin.RegionAdminRepository.RegionRow;
import nl.thuisplan.region.admin.RegionAdminViews.AdminRegion;
import nl.thuisplan.region.admin.RegionAdminViews.MemberChange;
import nl.thuisplan.region.admin.RegionAdminViews.NewMember;
import nl.thuisplan.region.admin.RegionAdminViews.NewRegion;
import nl.thuisplan.region.admin.RegionAdminViews.NewRegionMember;
import nl.thuisplan.region.admin.RegionAdminViews.NewSubregion;
import nl.thuisplan.region.admin.RegionAdminViews.Ref;
import nl.thuisplan.region.admin.RegionAdminViews.RegionMember;

/**
 * Regions, deelregio's and the municipalities' membership periods without a migration. The platform
 * beheerder reads and changes all; a regio beheerder reads its own region; everyone else gets 403.
 * Runs with the caller's scope (the platform beheerder's is everything), so row-level security holds
 * every write too. A scope is computed at login and refresh, so a membership change reaches the
 * people of a municipality with their next token.
 */
@Singleton
public class RegionAdminService {

    static final String ENTITY_TYPE = "region";

    private final RegionAdminRepository repo;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final TenantTransactions tx;

    RegionAdminService(RegionAdminRepository repo, OrganisationRepository organisations, AuditLog audit, TenantTransactions tx) {
        this.repo = repo;
        this.organisations = organisations;
        this.audit = audit;
        this.tx = tx;
    }

    public List<AdminRegion> list(Caller caller) {
        String own = RegionAdminPolicy.readable(caller);
        return tx.read(caller.scope(), () -> {
            List<RegionRow> regions = repo.regions(own);
            Integer only = own == null || regions.isEmpty() ? null : regions.get(0).regionId();
            Map<Integer, List<Ref>> subregions = repo.subregions(only).stream().collect(Collectors.groupingBy(
                    RegionAdminRepository.SubregionRow::regionId, Collectors.mapping(s -> new Ref(s.code(), s.name()), Collectors.toList())));
            Map<Integer, List<RegionMember>> members = repo.members(only).stream().collect(Collectors.groupingBy(
                    MemberRow::regionId, Collectors.mapping(m -> member(caller, m), Collectors.toList())));
            return regions.stream().map(r -> new AdminRegion(r.code(), r.name(), subregions.getOrDefault(r.regionId(), List.of()),
                    members.getOrDefault(r.regionId(), List.of()), RegionAdminPolicy.regionActions(caller))).toList();
        });
    }

    public AdminRegion create(Caller caller, NewRegion body) {
        RegionAdminPolicy.requireChange(caller);
        String name = body.name().strip();
        return tx.write(caller.scope(), () -> {
            if (repo.codeCount(body.code()) > 0) {
                throw new ProblemException(HttpStatus.CONFLICT, "REGION_CODE_TAKEN", "Er is al een regio met code " + body.code() + ".");
            }
            if (repo.nameCount(name) > 0) {
                throw new ProblemException(HttpStatus.CONFLICT, "REGION_NAME_TAKEN", "Er is al een regio met de naam " + name + ".");
            }
            int regionId = repo.save(new RegionRow(null, body.code(), name)).regionId();
            organisations.save(new Organisation(null, OrganisationKind.REGIO, name, null, regionId, null, null, 0));
            List<AuditLog.Change> changes = new ArrayList<>();
            changes.add(new AuditLog.Change(regionId, caller.username(), "REGION_CREATED", ENTITY_TYPE, body.code(), null, null, null,
                    name, null));
            List<NewSubregion> subregions = body.subregions() == null ? List.of() : body.subregions();
            for (NewSubregion s : subregions) {
                addSubregion(caller, regionId, body.code(), s, changes);
            }
            for (int i = 0; i < body.members().size(); i++) {
                NewRegionMember m = body.members().get(i);
                addMember(caller, regionId, body.code(), "members[" + i + "].", m.municipalityCode(), m.subregionCode(), m.validFrom(),
                        true, changes);
            }
            audit.recordAll(changes);
            return region(caller, body.code());
        });
    }

    public Ref addSubregion(Caller caller, String code, NewSubregion body) {
        RegionAdminPolicy.requireChange(caller);
        return tx.write(caller.scope(), () -> {
            int regionId = regionId(code);
            List<AuditLog.Change> changes = new ArrayList<>();
            Ref added = addSubregion(caller, regionId, code, body, changes);
            audit.recordAll(changes);
            return added;
        });
    }

    public RegionMember addMember(Caller caller, String code, NewMember body) {
        RegionAdminPolicy.requireChange(caller);
        return tx.write(caller.scope(), () -> {
            int regionId = regionId(code);
            List<AuditLog.Change> changes = new ArrayList<>();
            boolean confirmed = body.confirmed() == null || body.confirmed();
            addMember(caller, regionId, code, "", body.municipalityCode(), body.subregionCode(), body.validFrom(), confirmed, changes);
            audit.recordAll(changes);
            return member(caller, repo.member(regionId, body.municipalityCode(), body.validFrom()).orElseThrow());
        });
    }

    public RegionMember changeMember(Caller caller, String code, String municipalityCode, LocalDate validFrom, MemberChange body) {
        RegionAdminPolicy.requireChange(caller);
        return tx.write(caller.scope(), () -> {
            int regionId = regionId(code);
            MemberRow current = repo.member(regionId, municipalityCode, validFrom)
                    .orElseThrow(() -> ProblemException.notFound("Lidmaatschap"));
            if (current.version() != body.version()) {
                throw conflict(caller, current);
            }
            if (body.validTo() != null && body.validTo().isBefore(validFrom)) {
                throw ProblemException.badInput("validTo", "BEFORE_START", "De einddatum ligt voor de begindatum.");
            }
            requireSubregion(regionId, body.subregionCode(), "subregionCode");
            requireNoOverlap(regionId, current.municipalityName(), code, municipalityCode, validFrom, body.validTo(), validFrom);
            String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
            if (repo.updateMember(regionId, municipalityCode, validFrom, body.validTo(), body.confirmed(), body.subregionCode(), note,
                    body.version()) != 1) {
                throw conflict(caller, repo.member(regionId, municipalityCode, validFrom).orElseThrow());
            }
            List<AuditLog.Change> changes = new ArrayList<>();
            String what = municipalityCode + " " + current.municipalityName() + " vanaf " + validFrom;
            if (!current.confirmed() && body.confirmed()) {
                changes.add(change(caller, regionId, code, "REGION_MEMBER_CONFIRMED", "confirmed", "false", "true", what));
            } else if (current.confirmed() != body.confirmed()) {
                changes.add(change(caller, regionId, code, "REGION_MEMBER_CHANGED", "confirmed", String.valueOf(current.confirmed()),
                        String.valueOf(body.confirmed()), what));
            }
            if (!Objects.equals(current.validTo(), body.validTo())) {
                changes.add(change(caller, regionId, code, body.validTo() == null ? "REGION_MEMBER_CHANGED" : "REGION_MEMBER_ENDED",
                        "validTo", text(current.validTo()), text(body.validTo()), what));
            }
            if (!Objects.equals(current.subregionCode(), body.subregionCode())) {
                changes.add(change(caller, regionId, code, "REGION_MEMBER_CHANGED", "subregionCode", current.subregionCode(),
                        body.subregionCode(), what));
            }
            if (!Objects.equals(current.note(), note)) {
                changes.add(change(caller, regionId, code, "REGION_MEMBER_CHANGED", "note", current.note(), note, what));
            }
            audit.recordAll(changes);
            return member(caller, repo.member(regionId, municipalityCode, validFrom).orElseThrow());
        });
    }

    private Ref addSubregion(Caller caller, int regionId, String regionCode, NewSubregion s, List<AuditLog.Change> changes) {
        String name = s.name().strip();
        if (repo.subregionTaken(regionId, s.code(), name) > 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "SUBREGION_TAKEN",
                    "Regio " + regionCode + " heeft al een deelregio met code " + s.code() + " of de naam " + name + ".");
        }
        repo.insertSubregion(regionId, s.code(), name);
        changes.add(change(caller, regionId, regionCode, "REGION_SUBREGION_ADDED", "subregion", null, s.code(), name));
        return new Ref(s.code(), name);
    }

    private void addMember(Caller caller, int regionId, String regionCode, String fieldPrefix, String municipalityCode,
                           @Nullable String subregionCode, LocalDate validFrom, boolean confirmed, List<AuditLog.Change> changes) {
        String name = repo.municipalityName(municipalityCode).orElseThrow(() -> ProblemException.badInput(
                fieldPrefix + "municipalityCode", "UNKNOWN_MUNICIPALITY", "Gemeente " + municipalityCode + " bestaat niet."));
        requireSubregion(regionId, subregionCode, fieldPrefix + "subregionCode");
        requireNoOverlap(regionId, name, regionCode, municipalityCode, validFrom, null, null);
        repo.insertMember(regionId, municipalityCode, validFrom, subregionCode, confirmed);
        // a municipality new to every region (V11 made organisations only for the existing ones) gets its gemeente now
        if (organisations.ofMunicipality(municipalityCode).isEmpty()) {
            organisations.save(new Organisation(null, OrganisationKind.GEMEENTE, "Gemeente " + name, municipalityCode, null, null, null, 0));
        }
        changes.add(change(caller, regionId, regionCode, "REGION_MEMBER_ADDED", "member", null, municipalityCode,
                municipalityCode + " " + name + " vanaf " + validFrom + (confirmed ? "" : " (te bevestigen)")));
    }

    private void requireNoOverlap(int regionId, String municipalityName, String regionCode, String municipalityCode, LocalDate from,
                                  @Nullable LocalDate to, @Nullable LocalDate exceptFrom) {
        List<MemberRow> others = repo.overlapping(regionId, municipalityCode, from, to, exceptFrom);
        if (!others.isEmpty()) {
            MemberRow o = others.get(0);
            throw new ProblemException(HttpStatus.CONFLICT, "MEMBERSHIP_OVERLAPS", "Gemeente " + municipalityName
                    + " is in die periode al lid van regio " + regionCode + " (vanaf " + o.validFrom()
                    + (o.validTo() == null ? "" : " tot en met " + o.validTo()) + ").");
        }
    }

    private void requireSubregion(int regionId, @Nullable String subregionCode, String field) {
        if (subregionCode != null && repo.subregionCount(regionId, subregionCode) == 0) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Deze regio heeft geen deelregio " + subregionCode + ".",
                    List.of(new FieldProblem(field, "UNKNOWN_SUBREGION", "Deze regio heeft geen deelregio " + subregionCode + ".")));
        }
    }

    private int regionId(String code) {
        return repo.regions(code).stream().findFirst().map(RegionRow::regionId).orElseThrow(() -> ProblemException.notFound("Regio"));
    }

    private AdminRegion region(Caller caller, String code) {
        RegionRow r = repo.regions(code).get(0);
        return new AdminRegion(r.code(), r.name(), repo.subregions(r.regionId()).stream().map(s -> new Ref(s.code(), s.name())).toList(),
                repo.members(r.regionId()).stream().map(m -> member(caller, m)).toList(), RegionAdminPolicy.regionActions(caller));
    }

    private static RegionMember member(Caller caller, MemberRow m) {
        return new RegionMember(new Ref(m.municipalityCode(), m.municipalityName()), m.subregionCode(), m.validFrom(), m.validTo(),
                m.confirmed(), m.note(), m.version(), RegionAdminPolicy.memberActions(caller, m));
    }

    private static ProblemException conflict(Caller caller, MemberRow current) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft dit lidmaatschap intussen gewijzigd; bekijk de huidige gegevens en probeer het opnieuw.",
                member(caller, current));
    }

    private static AuditLog.Change change(Caller caller, int regionId, String regionCode, String action, String field,
                                          @Nullable String old, @Nullable String now, String detail) {
        return new AuditLog.Change(regionId, caller.username(), action, ENTITY_TYPE, regionCode, null, field, old, now, detail);
    }

    private static @Nullable String text(@Nullable LocalDate d) {
        return d == null ? null : d.toString();
    }
}
