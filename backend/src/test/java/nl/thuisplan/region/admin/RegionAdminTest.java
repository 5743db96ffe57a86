package nl.thuisplan.region.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.Test;

/**
 * The platform beheerder runs the regions without a migration: a new region with its organisation
 * and members, a "te bevestigen" member confirmed, a membership ended, overlaps and stale versions
 * refused; and the people of a municipality get the change with their next token.
 */
@MicronautTest(transactional = false)
class RegionAdminTest extends ApiTest {

    @Inject
    Api api;
    @Inject
    JsonMapper json;

    private String admin() {
        return api.token("beheerder");
    }

    @Test
    void aNewRegionComesWithItsOrganisationDeelregiosAndMembersAndIsAudited() {
        // a municipality whose gemeente organisation is missing gets one with its first membership
        // a municipality new to the platform (none has been without a region so far) has no gemeente organisation yet
        String lonely = "GM9999";
        OwnerSql.exec("insert into municipality (code, name, province_code) values ('GM9999', 'Proefgemeente', 'PV27')");
        Response created = api.send("POST", "/api/v1/admin/regions", admin(), """
                {"code": "NWR", "name": "Nieuwe Regio", "subregions": [{"code": "NOORD", "name": "Noord"}],
                 "members": [{"municipalityCode": "GM0363", "subregionCode": "NOORD", "validFrom": "2025-01-01"},
                             {"municipalityCode": "%s", "validFrom": "2025-01-01"}]}""".formatted(lonely));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("code")).isEqualTo("NWR");
        assertThat(created.json().get("subregions").get(0).get("code").getStringValue()).isEqualTo("NOORD");
        assertThat(created.json().get("members").size()).isEqualTo(2);
        assertThat(OwnerSql.value("select count(*) from organisation o join region r on r.region_id = o.region_id "
                + "where o.kind = 'REGIO' and r.code = 'NWR' and o.name = 'Nieuwe Regio'")).isEqualTo("1");
        assertThat(OwnerSql.value("select count(*) from organisation where kind = 'GEMEENTE' and municipality_code = '" + lonely + "'"))
                .isEqualTo("1");
        assertThat(OwnerSql.column("select action from audit_event a join region r on r.region_id = a.region_id "
                + "where r.code = 'NWR' and a.entity_type = 'region' order by a.event_id"))
                .containsExactly("REGION_CREATED", "REGION_SUBREGION_ADDED", "REGION_MEMBER_ADDED", "REGION_MEMBER_ADDED");

        Response sameCode = api.send("POST", "/api/v1/admin/regions", admin(), "{\"code\":\"NWR\",\"name\":\"Andere\",\"members\":[]}");
        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameCode.text("code")).isEqualTo("REGION_CODE_TAKEN");
        Response sameName = api.send("POST", "/api/v1/admin/regions", admin(), "{\"code\":\"NWRB\",\"name\":\"nieuwe regio\",\"members\":[]}");
        assertThat(sameName.text("code")).isEqualTo("REGION_NAME_TAKEN");
        Response badCode = api.send("POST", "/api/v1/admin/regions", admin(), "{\"code\":\"nw1\",\"name\":\"X\",\"members\":[]}");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.text("code")).isEqualTo("VALIDATION_FAILED");
        // a member twice in overlapping periods: nothing of the region is written
        Response twice = api.send("POST", "/api/v1/admin/regions", admin(), """
                {"code": "DUB", "name": "Dubbel", "members": [{"municipalityCode": "GM0384", "validFrom": "2025-01-01"},
                 {"municipalityCode": "GM0384", "validFrom": "2026-01-01"}]}""");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("MEMBERSHIP_OVERLAPS");
        assertThat(twice.text("detail")).contains("Diemen");
        assertThat(OwnerSql.value("select count(*) from region where code = 'DUB'")).isEqualTo("0");
    }

    @Test
    void aMemberToBeConfirmedIsConfirmedThenEndedWithOptimisticLocking() {
        Response added = api.send("POST", "/api/v1/admin/regions/GRO/members", admin(),
                "{\"municipalityCode\":\"GM0384\",\"validFrom\":\"2024-01-01\",\"confirmed\":false}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("confirmed").getBooleanValue()).isFalse();
        assertThat(added.json().get("municipality").get("name").getStringValue()).isEqualTo("Diemen");
        assertThat(actions(added.json())).containsExactly("CONFIRM", "END", "CHANGE");
        int version = added.json().get("version").getIntValue();

        Response overlap = api.send("POST", "/api/v1/admin/regions/GRO/members", admin(),
                "{\"municipalityCode\":\"GM0384\",\"validFrom\":\"2025-06-01\"}");
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.text("code")).isEqualTo("MEMBERSHIP_OVERLAPS");
        assertThat(overlap.text("detail")).contains("Gemeente Diemen").contains("GRO");

        String path = "/api/v1/admin/regions/GRO/members/GM0384/2024-01-01";
        Response confirmed = api.send("PUT", path, admin(),
                "{\"validTo\":null,\"confirmed\":true,\"subregionCode\":null,\"note\":\"bevestigd in het bestuurlijk overleg\",\"version\":"
                        + version + "}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("confirmed").getBooleanValue()).isTrue();
        assertThat(confirmed.json().get("version").getIntValue()).isEqualTo(version + 1);
        assertThat(actions(confirmed.json())).as("confirmed: nothing left to confirm").containsExactly("END", "CHANGE");

        Response stale = api.send("PUT", path, admin(),
                "{\"validTo\":\"2025-12-31\",\"confirmed\":true,\"subregionCode\":null,\"note\":null,\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().get("current").get("version").getIntValue()).isEqualTo(version + 1);

        Response beforeStart = api.send("PUT", path, admin(),
                "{\"validTo\":\"2023-12-31\",\"confirmed\":true,\"subregionCode\":null,\"note\":null,\"version\":" + (version + 1) + "}");
        assertThat(beforeStart.status()).isEqualTo(400);

        Response ended = api.send("PUT", path, admin(),
                "{\"validTo\":\"2025-12-31\",\"confirmed\":true,\"subregionCode\":null,\"note\":\"bevestigd in het bestuurlijk overleg\","
                        + "\"version\":" + (version + 1) + "}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.text("validTo")).isEqualTo("2025-12-31");
        assertThat(actions(ended.json())).as("ended: only deelregio and note change").containsExactly("CHANGE");
        // after the end a new period may start
        assertThat(api.send("POST", "/api/v1/admin/regions/GRO/members", admin(),
                "{\"municipalityCode\":\"GM0384\",\"validFrom\":\"2026-01-01\"}").status()).isEqualTo(201);

        assertThat(OwnerSql.column("select action from audit_event a join region r on r.region_id = a.region_id "
                + "where r.code = 'GRO' and a.entity_type = 'region' and a.detail like 'GM0384%' order by a.event_id"))
                .containsExactly("REGION_MEMBER_ADDED", "REGION_MEMBER_CONFIRMED", "REGION_MEMBER_CHANGED", "REGION_MEMBER_ENDED",
                        "REGION_MEMBER_ADDED");
        Response missing = api.send("PUT", "/api/v1/admin/regions/GRO/members/GM0384/2019-01-01", admin(),
                "{\"validTo\":null,\"confirmed\":true,\"subregionCode\":null,\"note\":null,\"version\":0}");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void aRegioBeheerderReadsOnlyItsOwnRegion() {
        OwnerSql.exec("update membership set manages_people = true where user_id = (select user_id from app_user where username = 'regio.ens')");
        Response r = api.get("/api/v1/admin/regions", api.token("regio.ens"));
        assertThat(r.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        r.json().values().forEach(n -> codes.add(n.get("code").getStringValue()));
        assertThat(codes).containsExactly("ENS");
        assertThat(r.json().get(0).get("members").size()).isEqualTo(Integer.parseInt(OwnerSql.value(
                "select count(*) from region_membership rm join region g on g.region_id = rm.region_id where g.code = 'ENS'")));
        // the regio beheerder reads but changes nothing: no action on the region or any member
        assertThat(actions(r.json().get(0))).isEmpty();
        r.json().get(0).get("members").values().forEach(m -> assertThat(actions(m)).as(m.toString()).isEmpty());
        Response refused = api.send("POST", "/api/v1/admin/regions/ENS/members", api.token("regio.ens"),
                "{\"municipalityCode\":\"GM0384\",\"validFrom\":\"2030-01-01\"}");
        assertThat(refused.status()).isEqualTo(403);

        Response all = api.get("/api/v1/admin/regions", admin());
        assertThat(all.json().size()).isEqualTo(Integer.parseInt(OwnerSql.value("select count(*) from region")));
        // the platform beheerder: members and deelregio's may be added to every region; each member's actions follow its state
        all.json().values().forEach(region -> {
            assertThat(actions(region)).containsExactly("ADD_MEMBER", "ADD_SUBREGION");
            region.get("members").values().forEach(m -> {
                List<String> expected = new ArrayList<>();
                if (!m.get("confirmed").getBooleanValue()) {
                    expected.add("CONFIRM");
                }
                if (m.get("validTo") == null || m.get("validTo").isNull()) {
                    expected.add("END");
                }
                expected.add("CHANGE");
                assertThat(actions(m)).as(m.toString()).containsExactlyElementsOf(expected);
            });
        });
    }

    private static List<String> actions(JsonNode view) {
        List<String> actions = new ArrayList<>();
        view.get("allowedActions").values().forEach(a -> actions.add(a.getStringValue()));
        return actions;
    }

    @Test
    void aChangedMembershipReachesThePeopleOfTheMunicipalityWithTheirNextToken() {
        Response login = api.login("gemeente.nijmegen", Api.DEMO_PASSWORD);
        String before = claims(login.text("access_token")).get("scopeRegions").getStringValue();
        Response created = api.send("POST", "/api/v1/admin/regions", admin(),
                "{\"code\":\"NIJ\",\"name\":\"Regio Nijmegen proef\",\"members\":[{\"municipalityCode\":\"GM0268\",\"validFrom\":\"2020-01-01\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String regionId = OwnerSql.value("select region_id from region where code = 'NIJ'");
        assertThat(before.split(",")).doesNotContain(regionId);

        Response refreshed = api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + login.text("refresh_token") + "\"}");
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(claims(refreshed.text("access_token")).get("scopeRegions").getStringValue().split(",")).contains(regionId);
        Response again = api.login("gemeente.nijmegen", Api.DEMO_PASSWORD);
        assertThat(claims(again.text("access_token")).get("scopeRegions").getStringValue().split(",")).contains(regionId);
        assertThat(api.get("/api/v1/regions/NIJ", again.text("access_token")).status()).isEqualTo(200);

        // ending the membership (yesterday) takes the region away again at the next refresh
        String validFromVersion = OwnerSql.value("select version from region_membership rm join region r on r.region_id = rm.region_id "
                + "where r.code = 'NIJ' and rm.municipality_code = 'GM0268'");
        Response ended = api.send("PUT", "/api/v1/admin/regions/NIJ/members/GM0268/2020-01-01", admin(),
                "{\"validTo\":\"" + java.time.LocalDate.now().minusDays(1) + "\",\"confirmed\":true,\"subregionCode\":null,\"note\":null,"
                        + "\"version\":" + validFromVersion + "}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        Response later = api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + again.text("refresh_token") + "\"}");
        assertThat(claims(later.text("access_token")).get("scopeRegions").getStringValue().split(",")).doesNotContain(regionId);
    }

    private JsonNode claims(String jwt) {
        try {
            return json.readValue(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
