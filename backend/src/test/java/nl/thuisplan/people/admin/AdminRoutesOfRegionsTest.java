package nl.thuisplan.people.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisation, region and administration-log routes against {@link AdminRouteExpectations}:
 * every route × every caller × own (MRA) and foreign (GRO) resource. The regio beheerder is
 * regio.mra with managesPeople; regio.gro is a programme manager without it.
 */
@MicronautTest(transactional = false)
class AdminRoutesOfRegionsTest extends ApiTest {

    private static final Map<String, String> USERS = Map.of(
            "PLATFORM_ADMIN", "beheerder",
            "REGIO_BEHEERDER", "regio.mra",
            "REGION_PROGRAMME_MANAGER", "regio.gro",
            "MUNICIPALITY_OFFICER", "gemeente.amsterdam",
            "PROVINCE_ANALYST", "provincie.noord-holland",
            "CORPORATIE_MEDEWERKER", "corporatie.mra");

    /** One call: method, path and body (null for none). */
    record Call(String method, String path, String body) {
    }

    @Inject
    Api api;

    private int counter;
    private long partnerMra;
    private long partnerGro;
    private final Map<String, Deque<String>> outsiders = new LinkedHashMap<>();

    @BeforeAll
    void fixtures() {
        OwnerSql.exec("update membership set manages_people = true where user_id = (select user_id from app_user where username = 'regio.mra')",
                "insert into organisation (kind, name, kvk_number) values ('WONINGCORPORATIE', 'Corporatie Amstel', '11111111'), "
                        + "('ZORGAANBIEDER', 'Zorg Groningen', '22222222')",
                "insert into organisation_region (region_id, organisation_id, organisation_kind) select r.region_id, o.organisation_id, o.kind "
                        + "from organisation o, region r where (o.kvk_number = '11111111' and r.code = 'MRA') "
                        + "or (o.kvk_number = '22222222' and r.code = 'GRO')");
        partnerMra = Long.parseLong(OwnerSql.value("select organisation_id from organisation where kvk_number = '11111111'"));
        partnerGro = Long.parseLong(OwnerSql.value("select organisation_id from organisation where kvk_number = '22222222'"));
        for (String[] pair : new String[][] {{"MRA", "GRO"}, {"GRO", "MRA"}}) {
            outsiders.put(pair[0], new ArrayDeque<>(OwnerSql.column("select distinct rm.municipality_code from region_membership rm "
                    + "join region r on r.region_id = rm.region_id where r.code = '" + pair[1] + "' and rm.municipality_code not in "
                    + "(select municipality_code from region_membership x join region y on y.region_id = x.region_id where y.code = '"
                    + pair[0] + "') order by 1")));
        }
    }

    private Map<String, Function<String, Call>> routes() {
        Map<String, Function<String, Call>> r = new LinkedHashMap<>();
        r.put("listAdminOrganisations", region -> new Call("GET", "/api/admin/organisations?regionCode=" + region, null));
        r.put("getAdminOrganisation", region -> new Call("GET", "/api/admin/organisations/" + partner(region), null));
        r.put("createAdminOrganisation", region -> new Call("POST", "/api/admin/organisations", "{\"kind\":\"ZORGAANBIEDER\",\"name\":\"Zorg "
                + next() + "\",\"kvkNumber\":\"" + (90_000_000 + counter) + "\",\"regionCodes\":[\"" + region + "\"]}"));
        r.put("changeAdminOrganisation", region -> new Call("PUT", "/api/admin/organisations/" + partner(region), "{\"name\":\"Partner "
                + next() + "\",\"kvkNumber\":\"" + (region.equals("MRA") ? "11111111" : "22222222") + "\",\"regionCodes\":[\"" + region
                + "\"],\"version\":" + OwnerSql.value("select version from organisation where organisation_id = " + partner(region)) + "}"));
        r.put("listAdminRegions", region -> new Call("GET", "/api/admin/regions", null));
        r.put("createAdminRegion", region -> new Call("POST", "/api/admin/regions", "{\"code\":\"ZZ" + letters(next())
                + "\",\"name\":\"Proefregio " + counter + "\",\"members\":[]}"));
        r.put("addAdminRegionSubregion", region -> new Call("POST", "/api/admin/regions/" + region + "/subregions",
                "{\"code\":\"DR" + letters(next()) + "\",\"name\":\"Deelregio " + counter + "\"}"));
        r.put("addAdminRegionMember", region -> new Call("POST", "/api/admin/regions/" + region + "/members",
                "{\"municipalityCode\":\"" + outsiders.get(region).peek() + "\",\"validFrom\":\"2030-01-01\",\"confirmed\":false}"));
        r.put("changeAdminRegionMember", region -> {
            String municipality = region.equals("MRA") ? "GM0363" : "GM0014";
            List<String> row = OwnerSql.column("select rm.valid_from || '|' || rm.version || '|' || coalesce(rm.subregion_code, '') "
                    + "from region_membership rm join region r on r.region_id = rm.region_id where r.code = '" + region
                    + "' and rm.municipality_code = '" + municipality + "' order by rm.valid_from limit 1");
            String[] f = row.get(0).split("\\|", -1);
            return new Call("PUT", "/api/admin/regions/" + region + "/members/" + municipality + "/" + f[0], "{\"validTo\":null,"
                    + "\"confirmed\":true,\"subregionCode\":" + (f[2].isEmpty() ? "null" : "\"" + f[2] + "\"") + ",\"note\":\"notitie "
                    + next() + "\",\"version\":" + f[1] + "}");
        });
        r.put("listAdminAudit", region -> new Call("GET", "/api/admin/audit?limit=5", null));
        r.put("exportAdminAudit", region -> new Call("GET", "/api/admin/audit.csv", null));
        return r;
    }

    @Test
    void everyRouteAnswersEveryCallerAsTheTableSays() {
        Map<String, Function<String, Call>> routes = routes();
        assertThat(routes.keySet()).containsExactlyInAnyOrderElementsOf(AdminRouteExpectations.EXPECTED.keySet());
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<String, Integer>> route : AdminRouteExpectations.EXPECTED.entrySet()) {
            for (Map.Entry<String, Integer> expectation : route.getValue().entrySet()) {
                String[] key = expectation.getKey().split(":");
                String region = key[1].equals("own") ? "MRA" : "GRO";
                Call call = routes.get(route.getKey()).apply(region);
                int status;
                String code = null;
                if (call.path().endsWith(".csv")) {
                    Api.Download d = api.download(call.path(), api.token(USERS.get(key[0])));
                    status = d.status();
                    if (status == 200) {
                        assertThat(d.contentType()).startsWith("text/csv");
                    } else {
                        code = api.send("GET", call.path(), api.token(USERS.get(key[0])), null).text("code");
                    }
                } else {
                    Api.Response r = api.send(call.method(), call.path(), api.token(USERS.get(key[0])), call.body());
                    status = r.status();
                    code = status >= 400 && r.json() != null && r.json().get("code") != null ? r.text("code") : null;
                    if (status == 201 && route.getKey().equals("addAdminRegionMember")) {
                        outsiders.get(region).pop();
                    }
                }
                checked++;
                if (status != expectation.getValue()) {
                    mismatches.add(route.getKey() + " as " + expectation.getKey() + ": " + status + " " + code
                            + " (expected " + expectation.getValue() + ")");
                } else if (status == 403) {
                    assertThat(code).as(route.getKey() + " " + expectation.getKey()).isIn("FORBIDDEN", "SCOPE_NOT_ALLOWED");
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(AdminRouteExpectations.EXPECTED.size() * 12);
    }

    private long partner(String region) {
        return region.equals("MRA") ? partnerMra : partnerGro;
    }

    private int next() {
        return ++counter;
    }

    private static String letters(int n) {
        return String.valueOf((char) ('A' + n / 26 % 26)) + (char) ('A' + n % 26);
    }
}
