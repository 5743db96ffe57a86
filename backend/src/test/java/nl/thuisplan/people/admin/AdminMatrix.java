package nl.thuisplan.people.admin;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/**
 * The administration's rows of the role matrix: the platform beheerder everywhere, the regio beheerder (regio.mra)
 * in its own region, nobody else. Each call acts on fresh persons, organisation names, region and subregion codes and
 * municipalities (a partner organisation per region is made here), so no call depends on another's effect.
 */
@Singleton
class AdminMatrix implements MatrixDeclarations {

    /** beheerder own, foreign; regio beheerder own, foreign; then every other role refused in both. */
    private static String admins(int beheerderOwn, int beheerderForeign, int regioOwn, int regioForeign) {
        return beheerderOwn + " " + beheerderForeign + " | " + regioOwn + " " + regioForeign
                + " | 403 403 | 403 403 | 403 403 | 403 403 | 403 403";
    }

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** The KvK number of the partner organisation made per region. */
    private static final Map<String, String> PARTNER_KVK = Map.of("MRA", "11111111", "ENS", "22222222");

    private final AdminFixtures fixtures;

    AdminMatrix(AdminFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Override
    public void declare(RoleMatrix m) {
        OwnerSql.exec("insert into organisation (kind, name, kvk_number) values ('WONINGCORPORATIE', 'Corporatie Amstel', '"
                        + PARTNER_KVK.get("MRA") + "'), ('ZORGAANBIEDER', 'Zorg Twente', '" + PARTNER_KVK.get("ENS") + "')",
                "insert into organisation_region (region_id, organisation_id, organisation_kind) select r.region_id, "
                        + "o.organisation_id, o.kind from organisation o, region r where (o.kvk_number = '" + PARTNER_KVK.get("MRA")
                        + "' and r.code = 'MRA') or (o.kvk_number = '" + PARTNER_KVK.get("ENS") + "' and r.code = 'ENS')");
        m.route("GET /api/v1/admin/people", admins(200, 200, 200, 200),
                s -> Call.get("/api/v1/admin/people?regionCode=" + s.region()));
        m.route("GET /api/v1/admin/people/{id}", admins(200, 200, 200, 404),
                s -> Call.get("/api/v1/admin/people/" + officer(s.region())));
        m.route("PUT /api/v1/admin/people/{id}", admins(200, 200, 200, 404), s -> {
            long id = officer(s.region());
            return Call.of("PUT", "/api/v1/admin/people/" + id, "{\"displayName\":\"Gewijzigd\",\"email\":\"gewijzigd." + id
                    + "@matrix.example\",\"version\":" + AdminFixtures.version(id) + "}").probe(person(id));
        });
        m.route("POST /api/v1/admin/people/{id}/deactivate", admins(200, 200, 200, 404),
                s -> versioned("deactivate", officer(s.region())));
        m.route("POST /api/v1/admin/people/{id}/activate", admins(200, 200, 200, 404), s -> {
            long id = officer(s.region());
            OwnerSql.exec("update app_user set active = false, deactivated_at = now() where user_id = " + id);
            return versioned("activate", id);
        });
        m.route("POST /api/v1/admin/people/{id}/unlock", admins(200, 200, 200, 404), s -> {
            long id = officer(s.region());
            return Call.of("POST", person(id) + "/unlock", null).probe(person(id));
        });
        m.route("POST /api/v1/admin/people/{id}/password-reset", admins(202, 202, 202, 404), s -> {
            long id = officer(s.region());
            return Call.of("POST", person(id) + "/password-reset", null).probe(person(id));
        });
        m.route("POST /api/v1/admin/people/{id}/second-factor/reset", admins(200, 200, 200, 404), s -> {
            long id = officer(s.region());
            return Call.of("POST", person(id) + "/second-factor/reset", null).probe(person(id));
        });
        m.route("POST /api/v1/admin/invitations", admins(201, 201, 201, 403), s -> Call.of("POST", "/api/v1/admin/invitations", """
                {"email":"matrix.%d@matrix.example","displayName":"Matrix","organisationId":%d,"role":"MUNICIPALITY_OFFICER"}"""
                .formatted(SEQ.incrementAndGet(), fixtures.organisationId("GEMEENTE", s.municipality())))
                .probe("/api/v1/admin/people?regionCode=" + s.region()));
        m.route("POST /api/v1/admin/invitations/bulk{?dryRun}", admins(200, 200, 200, 422), s -> Call.upload(
                "/api/v1/admin/invitations/bulk?dryRun=true", "email,naam,organisatie,rol\nmatrix.bulk." + SEQ.incrementAndGet()
                        + "@matrix.example,Matrix," + s.municipality() + ",MUNICIPALITY_OFFICER\n")
                .probe("/api/v1/admin/people?regionCode=" + s.region()));
        m.route("POST /api/v1/admin/people/{id}/invitation", admins(201, 201, 201, 404), s -> {
            long id = fixtures.invitedOfficer(s.municipality());
            return Call.of("POST", person(id) + "/invitation", null).probe(person(id));
        });
        m.route("DELETE /api/v1/admin/people/{id}/invitation", admins(204, 204, 204, 404), s -> {
            long id = fixtures.invitedOfficer(s.municipality());
            return Call.of("DELETE", person(id) + "/invitation", null).probe(person(id));
        });
        m.route("POST /api/v1/admin/people/{id}/memberships", admins(201, 201, 201, 404), s -> {
            long id = officer(s.region());
            return Call.of("POST", person(id) + "/memberships", """
                    {"organisationId":%d,"role":"MUNICIPALITY_OFFICER","validFrom":"2026-01-01"}"""
                    .formatted(fixtures.organisationId("GEMEENTE", otherMunicipality(s.region())))).probe(person(id));
        });
        // organisations: the partners made above, one per region; codes, names and KvK numbers fresh per call
        m.route("GET /api/v1/admin/organisations", admins(200, 200, 200, 200), // a foreign regionCode: an empty page
                s -> Call.get("/api/v1/admin/organisations?regionCode=" + s.region()));
        m.route("GET /api/v1/admin/organisations/{id}", admins(200, 200, 200, 404), // row-level security hides it
                s -> Call.get("/api/v1/admin/organisations/" + partner(s.region())));
        m.route("POST /api/v1/admin/organisations", admins(201, 201, 201, 403), s -> { // SCOPE_NOT_ALLOWED
            int n = SEQ.incrementAndGet();
            return Call.of("POST", "/api/v1/admin/organisations", "{\"kind\":\"ZORGAANBIEDER\",\"name\":\"Zorg " + n
                    + "\",\"kvkNumber\":\"" + (90_000_000 + n) + "\",\"regionCodes\":[\"" + s.region() + "\"]}")
                    .probe("/api/v1/admin/organisations?regionCode=" + s.region());
        });
        m.route("PUT /api/v1/admin/organisations/{id}", admins(200, 200, 200, 403), s -> {
            long id = partner(s.region());
            return Call.of("PUT", "/api/v1/admin/organisations/" + id, "{\"name\":\"Partner " + SEQ.incrementAndGet()
                    + "\",\"kvkNumber\":\"" + PARTNER_KVK.get(s.region()) + "\",\"regionCodes\":[\"" + s.region() + "\"],\"version\":"
                    + OwnerSql.value("select version from organisation where organisation_id = " + id) + "}")
                    .probe("/api/v1/admin/organisations/" + id);
        });
        // the login policy, set to what it is (the partner's people log in as before); a foreign partner is not seen
        m.route("PUT /api/v1/admin/organisations/{id}/login-policy", admins(200, 200, 200, 404), s -> {
            long id = partner(s.region());
            return Call.of("PUT", "/api/v1/admin/organisations/" + id + "/login-policy", "{\"secondFactorRequired\":false,"
                    + "\"localLoginAllowed\":true,\"version\":" + OwnerSql.value("select version from organisation where organisation_id = "
                    + id) + "}").probe("/api/v1/admin/organisations/" + id);
        });
        // regions: reading for both beheerders, changing for the platform beheerder only
        m.route("GET /api/v1/admin/regions", admins(200, 200, 200, 200), s -> Call.get("/api/v1/admin/regions"));
        m.route("POST /api/v1/admin/regions", admins(201, 201, 403, 403), s -> {
            int n = SEQ.incrementAndGet();
            return Call.of("POST", "/api/v1/admin/regions", "{\"code\":\"ZZ" + letters(n) + "\",\"name\":\"Proefregio " + n
                    + "\",\"members\":[]}").probe("/api/v1/admin/regions");
        });
        m.route("POST /api/v1/admin/regions/{code}/subregions", admins(201, 201, 403, 403), s -> {
            int n = SEQ.incrementAndGet();
            return Call.of("POST", "/api/v1/admin/regions/" + s.region() + "/subregions", "{\"code\":\"DR" + letters(n)
                    + "\",\"name\":\"Deelregio " + n + "\"}").probe("/api/v1/admin/regions");
        });
        m.route("POST /api/v1/admin/regions/{code}/members", admins(201, 201, 403, 403), s -> Call.of("POST", "/api/v1/admin/regions/"
                + s.region() + "/members", "{\"municipalityCode\":\"" + outsider(s.region())
                + "\",\"validFrom\":\"2030-01-01\",\"confirmed\":false}").probe("/api/v1/admin/regions"));
        m.route("PUT /api/v1/admin/regions/{code}/members/{municipalityCode}/{validFrom}", admins(200, 200, 403, 403), s -> {
            String[] f = OwnerSql.value("select rm.valid_from || '|' || rm.version || '|' || coalesce(rm.subregion_code, '') "
                    + "from region_membership rm join region r using (region_id) where r.code = '" + s.region()
                    + "' and rm.municipality_code = '" + s.municipality() + "' order by rm.valid_from limit 1").split("\\|", -1);
            return Call.of("PUT", "/api/v1/admin/regions/" + s.region() + "/members/" + s.municipality() + "/" + f[0], "{\"validTo\":null,"
                    + "\"confirmed\":true,\"subregionCode\":" + (f[2].isEmpty() ? "null" : "\"" + f[2] + "\"") + ",\"note\":\"notitie "
                    + SEQ.incrementAndGet() + "\",\"version\":" + f[1] + "}").probe("/api/v1/admin/regions");
        });
        // the administration log: every beheerder its own part of it
        m.route("GET /api/v1/admin/audit", admins(200, 200, 200, 200), s -> Call.get("/api/v1/admin/audit?limit=5"));
        m.route("GET /api/v1/admin/audit.csv", admins(200, 200, 200, 200), s -> Call.get("/api/v1/admin/audit.csv"));
        m.route("PUT /api/v1/admin/memberships/{id}", admins(200, 200, 200, 404), s -> {
            long id = officer(s.region());
            return Call.of("PUT", "/api/v1/admin/memberships/" + membership(id),
                    "{\"validTo\":\"2030-12-31\",\"managesPeople\":false,\"version\":0}").probe(person(id));
        });
        m.route("GET /api/v1/admin/people/{userId}/sessions", admins(200, 200, 200, 404),
                s -> Call.get(person(officer(s.region())) + "/sessions"));
        m.route("POST /api/v1/admin/people/{userId}/sessions/revoke-all", admins(204, 204, 204, 404), s -> {
            long id = officer(s.region());
            return Call.of("POST", person(id) + "/sessions/revoke-all", null).probe(person(id) + "/sessions");
        });
    }

    private static String person(long id) {
        return "/api/v1/admin/people/" + id;
    }

    private static Call versioned(String action, long id) {
        return Call.of("POST", person(id) + "/" + action, "{\"version\":" + AdminFixtures.version(id) + "}").probe(person(id));
    }

    private long officer(String region) {
        return fixtures.officer(RoleMatrix.municipality(region));
    }

    private static String otherMunicipality(String region) {
        return OwnerSql.value("select rm.municipality_code from region_membership rm join region r using (region_id) "
                + "where r.code = '" + region + "' and rm.municipality_code <> '" + RoleMatrix.municipality(region) + "' "
                + "and rm.valid_from <= current_date and (rm.valid_to is null or rm.valid_to >= current_date) order by 1 limit 1");
    }

    private static long partner(String region) {
        return Long.parseLong(OwnerSql.value("select organisation_id from organisation where kvk_number = '"
                + PARTNER_KVK.get(region) + "'"));
    }

    /** A municipality that is no member of the region yet (each added one drops out, so every call gets a fresh one). */
    private static String outsider(String region) {
        return OwnerSql.value("select m.code from municipality m where m.code not in (select rm.municipality_code "
                + "from region_membership rm join region r using (region_id) where r.code = '" + region + "') order by 1 limit 1");
    }

    /** Letters only, as region and subregion codes must be. */
    private static String letters(int n) {
        return String.valueOf((char) ('A' + n / 676 % 26)) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    private static long membership(long userId) {
        return Long.parseLong(OwnerSql.value("select membership_id from membership where user_id = " + userId));
    }
}
