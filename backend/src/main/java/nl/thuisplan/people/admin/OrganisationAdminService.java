package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.people.OrganisationKind;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.admin.OrganisationAdminViews.LoginPolicyChange;
import nl.thuisplan.people.admin.OrganisationAdminViews.NewOrganisation;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationChange;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationPage;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationView;
import nl.thuisplan.people.admin.OrganisationAdminViews.Ref;

/**
 * Organisations for the beheer. The platform beheerder sees and changes every one; a regio
 * beheerder (a programme manager whose active membership manages people) sees those working in its
 * region and creates or edits partners in its own region only, never taking another region away
 * from a partner that works elsewhere too. Public bodies (gemeente, regio, provincie, platform)
 * follow their municipality, region or province and are not edited here; a partner is never deleted.
 */
@Singleton
public class OrganisationAdminService {

    static final String ENTITY_TYPE = "organisation";
    static final int MAX_LIMIT = 200;

    private final OrganisationAdminRepository repo;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final TenantTransactions tx;

    OrganisationAdminService(OrganisationAdminRepository repo, OrganisationRepository organisations, AuditLog audit,
                             TenantTransactions tx) {
        this.repo = repo;
        this.organisations = organisations;
        this.audit = audit;
        this.tx = tx;
    }

    public OrganisationPage list(Caller caller, @Nullable OrganisationKind kind, @Nullable String regionCode, @Nullable String q,
                                 @Nullable Integer limit, @Nullable Integer offset) {
        String ownRegion = authorise(caller);
        int size = limit == null ? 50 : Math.max(1, Math.min(MAX_LIMIT, limit));
        int from = offset == null ? 0 : Math.max(0, offset);
        String text = q == null || q.isBlank() ? null : q.strip();
        String pattern = text == null ? null : "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String kindName = kind == null ? null : kind.name();
        return tx.read(caller.scope(), () -> {
            String code = ownRegion != null ? ownRegion : regionCode;
            if (ownRegion != null && regionCode != null && !regionCode.equals(ownRegion)) {
                return new OrganisationPage(List.of(), 0);
            }
            Integer regionId = null;
            if (code != null) {
                regionId = repo.regionId(code).orElse(null);
                if (regionId == null) {
                    return new OrganisationPage(List.of(), 0);
                }
            }
            List<OrganisationAdminRepository.Row> rows = repo.list(kindName, regionId, pattern, text, size, from);
            return new OrganisationPage(views(caller, rows), repo.count(kindName, regionId, pattern, text));
        });
    }

    public OrganisationView get(Caller caller, long id) {
        authorise(caller);
        return tx.read(caller.scope(), () -> view(caller, id));
    }

    public OrganisationView create(Caller caller, NewOrganisation body) {
        String ownRegion = authorise(caller);
        if (!body.kind().partner()) {
            throw ProblemException.badInput("kind", "NOT_A_PARTNER",
                    "Alleen woningcorporaties en zorgaanbieders worden hier toegevoegd; gemeenten, regio's en provincies bestaan al.");
        }
        Set<String> codes = new TreeSet<>(body.regionCodes());
        requireOwnRegionOnly(ownRegion, codes);
        String name = body.name().strip();
        List<Integer> regionIds = tx.read(caller.scope(), () -> regionIds(codes));
        requireFreeKvk(body.kvkNumber(), null);
        // Row-level security checks a partner against its regions, which can only be linked after the
        // organisation row exists: the row is written with the whole scope, after the checks above
        // held the caller to its own region.
        long id = tx.write(Scope.SYSTEM, () -> {
            Organisation saved = organisations.save(Organisation.partner(body.kind(), name, body.kvkNumber()));
            regionIds.forEach(r -> organisations.addRegion(saved.organisationId(), r));
            audit.record(new AuditLog.Change(regionIds.size() == 1 ? regionIds.get(0) : null, caller.username(),
                    "ORGANISATION_CREATED", ENTITY_TYPE, String.valueOf(saved.organisationId()), null, null, null, null,
                    body.kind() + " " + name + " (KvK " + body.kvkNumber() + "), regio's " + String.join(", ", codes)));
            return saved.organisationId();
        });
        return tx.read(caller.scope(), () -> view(caller, id));
    }

    public OrganisationView change(Caller caller, long id, OrganisationChange body) {
        String ownRegion = authorise(caller);
        Set<String> codes = new TreeSet<>(body.regionCodes());
        requireOwnRegionOnly(ownRegion, codes);
        return tx.write(caller.scope(), () -> {
            OrganisationView current = view(caller, id);
            if (!current.kind().partner()) {
                throw ProblemException.forbidden("Alleen woningcorporaties en zorgaanbieders worden hier gewijzigd.");
            }
            if (current.version() != body.version()) {
                throw conflict(current);
            }
            String name = body.name().strip();
            requireFreeKvk(body.kvkNumber(), id);
            if (repo.update(id, name, body.kvkNumber(), body.version()) != 1) {
                throw conflict(view(caller, id));
            }
            // the region the beheerder works in, or the partner's one region; a partner of several regions: the platform's log
            Integer auditRegion = ownRegion != null ? repo.regionId(ownRegion).orElseThrow()
                    : current.regions().size() == 1 ? repo.regionId(current.regions().get(0).code()).orElseThrow() : null;
            List<AuditLog.Change> changes = new ArrayList<>();
            if (!current.name().equals(name)) {
                changes.add(change(caller, id, auditRegion, "name", current.name(), name));
            }
            if (!body.kvkNumber().equals(current.kvkNumber())) {
                changes.add(change(caller, id, auditRegion, "kvkNumber", current.kvkNumber(), body.kvkNumber()));
            }
            // a regio beheerder sees (and keeps) only its own region: the partner's other regions stay as they are
            if (ownRegion == null) {
                Map<String, Integer> before = current.regions().stream()
                        .collect(Collectors.toMap(Ref::code, r -> repo.regionId(r.code()).orElseThrow()));
                List<Integer> after = regionIds(codes);
                for (Map.Entry<String, Integer> gone : before.entrySet()) {
                    if (!codes.contains(gone.getKey())) {
                        if (repo.openMemberships(id, gone.getValue()) > 0) {
                            throw new ProblemException(HttpStatus.CONFLICT, "REGION_IN_USE", "Medewerkers van deze organisatie werken nog voor regio "
                                    + gone.getKey() + "; beëindig eerst hun lidmaatschappen.");
                        }
                        repo.removeRegion(id, gone.getValue());
                    }
                }
                after.forEach(r -> organisations.addRegion(id, r));
                String old = String.join(",", new TreeSet<>(before.keySet()));
                String now = String.join(",", codes);
                if (!old.equals(now)) {
                    changes.add(change(caller, id, after.size() == 1 ? after.get(0) : null, "regions", old, now));
                }
            }
            audit.recordAll(changes);
            return view(caller, id);
        });
    }

    /**
     * Sets whether the organisation's people need a second factor and whether they may log in with a password.
     * The platform beheerder for every organisation (the platform's own keeps local login: the operator's way
     * in); a regio beheerder for the organisations of its region it sees: its regio, its gemeenten and partners
     * working in its region only (a partner of several regions is the platform beheerder's to change). Audited.
     */
    public OrganisationView changeLoginPolicy(Caller caller, long id, LoginPolicyChange body) {
        String ownRegion = authorise(caller);
        return tx.write(caller.scope(), () -> {
            OrganisationView current = view(caller, id);
            if (!current.allowedActions().contains(OrganisationAdminAction.LOGIN_POLICY)) {
                throw ProblemException.forbidden("Het inlogbeleid van deze organisatie stelt alleen de platformbeheerder in.");
            }
            if (current.kind() == OrganisationKind.PLATFORM && !body.localLoginAllowed()) {
                throw ProblemException.badInput("localLoginAllowed", "PLATFORM_LOCAL_LOGIN",
                        "De platformorganisatie houdt inloggen met een wachtwoord: anders kan niemand het platform meer beheren.");
            }
            if (current.version() != body.version()) {
                throw conflict(current);
            }
            // a gemeente's or regio's row is not writable in a regio scope: written with the whole scope after the checks above
            if (tx.write(Scope.SYSTEM, () -> repo.updateLoginPolicy(id, body.secondFactorRequired(), body.localLoginAllowed(),
                    body.version())) != 1) {
                throw conflict(view(caller, id));
            }
            Integer auditRegion = ownRegion != null ? repo.regionId(ownRegion).orElseThrow()
                    : current.region() != null ? repo.regionId(current.region().code()).orElseThrow()
                    : current.regions().size() == 1 ? repo.regionId(current.regions().get(0).code()).orElseThrow() : null;
            List<AuditLog.Change> changes = new ArrayList<>();
            if (current.secondFactorRequired() != body.secondFactorRequired()) {
                changes.add(change(caller, id, auditRegion, "secondFactorRequired", String.valueOf(current.secondFactorRequired()),
                        String.valueOf(body.secondFactorRequired())));
            }
            if (current.localLoginAllowed() != body.localLoginAllowed()) {
                changes.add(change(caller, id, auditRegion, "localLoginAllowed", String.valueOf(current.localLoginAllowed()),
                        String.valueOf(body.localLoginAllowed())));
            }
            audit.recordAll(changes);
            return view(caller, id);
        });
    }

    private boolean mayChangeLoginPolicy(Caller caller, OrganisationKind kind, long id) {
        if (caller.is(Role.PLATFORM_ADMIN)) {
            return true;
        }
        if (caller.region() == null || kind == OrganisationKind.PLATFORM || kind == OrganisationKind.PROVINCIE) {
            return false;
        }
        int own = tx.read(Scope.SYSTEM, () -> repo.regionId(caller.region().code()).orElseThrow());
        if (!kind.partner()) {
            return tx.read(Scope.SYSTEM, () -> repo.publicBodyOfRegion(id, own)); // its regio and its gemeenten
        }
        return tx.read(Scope.SYSTEM, () -> repo.otherRegions(id, own)) == 0;
    }

    /** Who may use the beheer of organisations: null for the platform beheerder, else the regio beheerder's region code. */
    private static @Nullable String authorise(Caller caller) {
        if (caller.is(Role.PLATFORM_ADMIN)) {
            return null;
        }
        if (caller.is(Role.REGION_PROGRAMME_MANAGER) && caller.managesPeople() && caller.region() != null) {
            return caller.region().code();
        }
        throw ProblemException.forbidden("Alleen een beheerder mag organisaties beheren.");
    }

    private static void requireOwnRegionOnly(@Nullable String ownRegion, Set<String> codes) {
        if (ownRegion != null && !codes.equals(Set.of(ownRegion))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "SCOPE_NOT_ALLOWED",
                    "Een regiobeheerder voegt partners alleen toe aan of wijzigt ze alleen in de eigen regio (" + ownRegion + ").");
        }
    }

    private void requireFreeKvk(String kvkNumber, @Nullable Long self) {
        // across every region: a partner elsewhere holds its KvK number as much as one in the caller's scope
        boolean taken = tx.read(Scope.SYSTEM, () -> repo.byKvkNumber(kvkNumber).filter(other -> !other.equals(self)).isPresent());
        if (taken) {
            throw new ProblemException(HttpStatus.CONFLICT, "KVK_TAKEN", "Er is al een organisatie met KvK-nummer " + kvkNumber + ".");
        }
    }

    private List<Integer> regionIds(Set<String> codes) {
        List<Integer> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(repo.regionId(code).orElseThrow(() -> ProblemException.badInput("regionCodes", "UNKNOWN_REGION",
                    "Regio " + code + " bestaat niet.")));
        }
        return ids;
    }

    private OrganisationView view(Caller caller, long id) {
        return repo.row(id).map(r -> views(caller, List.of(r)).get(0)).orElseThrow(() -> ProblemException.notFound("Organisatie"));
    }

    private List<OrganisationView> views(Caller caller, List<OrganisationAdminRepository.Row> rows) {
        String[] ids = rows.stream().map(r -> String.valueOf(r.organisationId())).toArray(String[]::new);
        Map<Long, List<Ref>> regions = ids.length == 0 ? Map.of() : repo.regionsOf(ids).stream()
                .collect(Collectors.groupingBy(OrganisationAdminRepository.RegionOf::organisationId,
                        Collectors.mapping(r -> new Ref(r.code(), r.name()), Collectors.toList())));
        return rows.stream().map(r -> {
            OrganisationKind kind = OrganisationKind.valueOf(r.kind().toUpperCase(Locale.ROOT));
            List<OrganisationAdminAction> actions = new ArrayList<>();
            if (kind.partner()) {
                actions.add(OrganisationAdminAction.EDIT);
            }
            if (mayChangeLoginPolicy(caller, kind, r.organisationId())) {
                actions.add(OrganisationAdminAction.LOGIN_POLICY);
            }
            return new OrganisationView(r.organisationId(), kind, r.name(), r.kvkNumber(),
                    r.municipalityCode() == null ? null : new Ref(r.municipalityCode(), r.municipalityName()),
                    r.regionCode() == null ? null : new Ref(r.regionCode(), r.regionName()),
                    r.provinceCode() == null ? null : new Ref(r.provinceCode(), r.provinceName()),
                    regions.getOrDefault(r.organisationId(), List.of()), r.version(), r.secondFactorRequired(),
                    r.localLoginAllowed(), List.copyOf(actions));
        }).toList();
    }

    private static ProblemException conflict(OrganisationView current) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft deze organisatie intussen gewijzigd; bekijk de huidige gegevens en probeer het opnieuw.", current);
    }

    private static AuditLog.Change change(Caller caller, long id, @Nullable Integer regionId, String field, @Nullable String old,
                                          String now) {
        return new AuditLog.Change(regionId, caller.username(), "ORGANISATION_CHANGED", ENTITY_TYPE, String.valueOf(id), null, field,
                old, now, null);
    }
}
