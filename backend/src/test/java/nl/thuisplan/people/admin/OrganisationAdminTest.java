package nl.thuisplan.people.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partners created and changed by the platform beheerder and, in its own region only, by a regio
 * beheerder (regio.mra with managesPeople); and the administration log that records it, filtered
 * and exported.
 */
@MicronautTest(transactional = false)
class OrganisationAdminTest extends ApiTest {

    @Inject
    Api api;

    @BeforeAll
    void beheerder() {
        OwnerSql.exec("update membership set manages_people = true where user_id = (select user_id from app_user where username = 'regio.mra')");
    }

    private String admin() {
        return api.token("beheerder");
    }

    private String mra() {
        return api.token("regio.mra");
    }

    private Response create(String token, String kind, String name, String kvk, String... regions) {
        return api.send("POST", "/api/v1/admin/organisations", token, "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"kvkNumber\":\""
                + kvk + "\",\"regionCodes\":[" + String.join(",", List.of(regions).stream().map(r -> "\"" + r + "\"").toList()) + "]}");
    }

    @Test
    void thePlatformBeheerderCreatesAndChangesAPartnerWithTheRulesOfAnOrganisation() {
        Response created = create(admin(), "WONINGCORPORATIE", "Woonstad Test", "30000001", "MRA", "GRO");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("kind")).isEqualTo("WONINGCORPORATIE");
        assertThat(created.json().get("regions").size()).isEqualTo(2);
        assertThat(Api.allowedActions(created.json())).containsExactly("EDIT", "LOGIN_POLICY");
        long id = created.json().get("id").getLongValue();

        assertThat(create(admin(), "ZORGAANBIEDER", "Ander", "30000001", "MRA").text("code")).isEqualTo("KVK_TAKEN");
        Response shortKvk = create(admin(), "ZORGAANBIEDER", "Ander", "1234", "MRA");
        assertThat(shortKvk.status()).isEqualTo(400);
        assertThat(shortKvk.json().get("fields").get(0).get("field").getStringValue()).contains("kvkNumber");
        assertThat(create(admin(), "ZORGAANBIEDER", "Tab\\there", "30000002", "MRA").status()).isEqualTo(400);
        assertThat(create(admin(), "ZORGAANBIEDER", "x".repeat(201), "30000002", "MRA").status()).isEqualTo(400);
        assertThat(create(admin(), "ZORGAANBIEDER", "Ander", "30000002", "XYZ").status()).isEqualTo(400);
        assertThat(create(admin(), "GEMEENTE", "Gemeente Nergens", "30000002", "MRA").status()).isEqualTo(400);

        Response changed = api.send("PUT", "/api/v1/admin/organisations/" + id, admin(),
                "{\"name\":\"Woonstad Test NV\",\"kvkNumber\":\"30000001\",\"regionCodes\":[\"GRO\"],\"version\":0}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.text("name")).isEqualTo("Woonstad Test NV");
        assertThat(changed.json().get("regions").get(0).get("code").getStringValue()).isEqualTo("GRO");
        assertThat(changed.json().get("regions").size()).isEqualTo(1);
        assertThat(changed.json().get("version").getIntValue()).isEqualTo(1);

        Response stale = api.send("PUT", "/api/v1/admin/organisations/" + id, admin(),
                "{\"name\":\"Oud\",\"kvkNumber\":\"30000001\",\"regionCodes\":[\"GRO\"],\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().get("current").get("name").getStringValue()).isEqualTo("Woonstad Test NV");

        // the demo corporatie has a medewerker working for MRA: MRA cannot be taken away under it
        String demo = OwnerSql.value("select organisation_id from organisation where kind = 'WONINGCORPORATIE' order by organisation_id limit 1");
        String demoKvk = OwnerSql.value("select kvk_number from organisation where organisation_id = " + demo);
        Response inUse = api.send("PUT", "/api/v1/admin/organisations/" + demo, admin(),
                "{\"name\":\"Demo\",\"kvkNumber\":\"" + demoKvk + "\",\"regionCodes\":[\"GRO\"],\"version\":"
                        + OwnerSql.value("select version from organisation where organisation_id = " + demo) + "}");
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.text("code")).isEqualTo("REGION_IN_USE");

        // a public body is not edited here
        String gemeente = OwnerSql.value("select organisation_id from organisation where municipality_code = 'GM0363'");
        Response publicBody = api.send("PUT", "/api/v1/admin/organisations/" + gemeente, admin(),
                "{\"name\":\"Amsterdam\",\"kvkNumber\":\"30000009\",\"regionCodes\":[\"MRA\"],\"version\":0}");
        assertThat(publicBody.status()).isEqualTo(403);
        // only its login policy (second factor, password login) is set here
        assertThat(Api.allowedActions(api.get("/api/v1/admin/organisations/" + gemeente, admin()).json())).containsExactly("LOGIN_POLICY");

        // kind and name filters, bounded page
        Response partners = api.get("/api/v1/admin/organisations?kind=WONINGCORPORATIE&q=woonstad&limit=500", admin());
        assertThat(partners.json().get("total").getLongValue()).isEqualTo(1);
        assertThat(partners.json().get("items").get(0).get("id").getLongValue()).isEqualTo(id);
        Response page = api.get("/api/v1/admin/organisations?limit=2&offset=1", admin());
        assertThat(page.json().get("items").size()).isEqualTo(2);
        assertThat(page.json().get("total").getLongValue()).isEqualTo(Long.parseLong(OwnerSql.value("select count(*) from organisation")));
    }

    @Test
    void aRegioBeheerderWorksWithPartnersOfItsOwnRegionOnly() {
        Response list = api.get("/api/v1/admin/organisations?limit=200", mra());
        assertThat(list.status()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        for (JsonNode o : list.json().get("items").values()) {
            kinds.add(o.get("kind").getStringValue());
            if (o.get("kind").getStringValue().equals("REGIO")) {
                assertThat(o.get("region").get("code").getStringValue()).isEqualTo("MRA");
            }
        }
        assertThat(kinds).contains("REGIO", "GEMEENTE").doesNotContain("PROVINCIE", "PLATFORM");
        assertThat(list.json().get("total").getLongValue()).isEqualTo(Long.parseLong(OwnerSql.value(
                "select count(*) from organisation o where (o.kind = 'REGIO' and o.region_id = (select region_id from region where code = 'MRA')) "
                        + "or (o.kind = 'GEMEENTE' and o.municipality_code in (select rm.municipality_code from region_membership rm "
                        + "join region r on r.region_id = rm.region_id where r.code = 'MRA' and rm.valid_from <= current_date "
                        + "and (rm.valid_to is null or rm.valid_to >= current_date))) "
                        + "or exists (select 1 from organisation_region x join region r on r.region_id = x.region_id "
                        + "where x.organisation_id = o.organisation_id and r.code = 'MRA')")));

        Response elsewhere = create(mra(), "ZORGAANBIEDER", "Zorg Elders", "40000001", "MRA", "GRO");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.text("code")).isEqualTo("SCOPE_NOT_ALLOWED");
        Response own = create(mra(), "ZORGAANBIEDER", "Zorg Amstel", "40000002", "MRA");
        assertThat(own.status()).as(own.body()).isEqualTo(201);

        // a partner of MRA and GRO: the regio beheerder sees and keeps only MRA, GRO stays
        long both = create(admin(), "WONINGCORPORATIE", "Tweeregio", "40000003", "MRA", "GRO").json().get("id").getLongValue();
        Response seen = api.get("/api/v1/admin/organisations/" + both, mra());
        assertThat(seen.json().get("regions").size()).isEqualTo(1);
        Response renamed = api.send("PUT", "/api/v1/admin/organisations/" + both, mra(),
                "{\"name\":\"Tweeregio Wonen\",\"kvkNumber\":\"40000003\",\"regionCodes\":[\"MRA\"],\"version\":0}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/organisations/" + both, admin()).json().get("regions").size()).isEqualTo(2);
        Response dropOwn = api.send("PUT", "/api/v1/admin/organisations/" + both, mra(),
                "{\"name\":\"Tweeregio Wonen\",\"kvkNumber\":\"40000003\",\"regionCodes\":[\"GRO\"],\"version\":1}");
        assertThat(dropOwn.text("code")).isEqualTo("SCOPE_NOT_ALLOWED");

        // a partner of GRO only is not found for MRA
        long gro = create(admin(), "ZORGAANBIEDER", "Zorg Stad", "40000004", "GRO").json().get("id").getLongValue();
        assertThat(api.get("/api/v1/admin/organisations/" + gro, mra()).status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/admin/organisations/" + gro, mra(),
                "{\"name\":\"X\",\"kvkNumber\":\"40000004\",\"regionCodes\":[\"MRA\"],\"version\":0}").status()).isEqualTo(404);
    }

    @Test
    void theAdministrationLogIsFilteredScopedAndExported() {
        long mraPartner = create(admin(), "ZORGAANBIEDER", "Formule", "50000001", "MRA").json().get("id").getLongValue();
        create(admin(), "ZORGAANBIEDER", "Alleen Groningen", "50000002", "GRO");
        create(admin(), "ZORGAANBIEDER", "Twee regio's", "50000003", "GRO", "ENS");

        Response all = api.get("/api/v1/admin/audit?action=ORGANISATION_CREATED&limit=200", admin());
        assertThat(all.status()).isEqualTo(200);
        List<String> details = new ArrayList<>();
        all.json().get("items").values().forEach(i -> details.add(i.get("detail").getStringValue()));
        assertThat(details).anyMatch(d -> d.contains("Alleen Groningen")).anyMatch(d -> d.contains("Twee regio's"))
                .anyMatch(d -> d.contains("50000001"));
        // newest first
        assertThat(details.get(0)).contains("Twee regio's");
        assertThat(all.json().get("total").getLongValue()).isEqualTo(details.size());

        // the regio beheerder reads its own region's events only, never the platform's
        Response mine = api.get("/api/v1/admin/audit?action=ORGANISATION_CREATED", mra());
        assertThat(mine.json().get("items").size()).isEqualTo(1);
        assertThat(mine.json().get("items").get(0).get("entityId").getStringValue()).isEqualTo(String.valueOf(mraPartner));

        // by person: events about the person, and what the person did
        String adminId = OwnerSql.value("select user_id from app_user where username = 'beheerder'");
        Response byAdmin = api.get("/api/v1/admin/audit?personId=" + adminId + "&limit=200", admin());
        assertThat(byAdmin.json().get("items").values()).allMatch(i -> i.get("actor").getStringValue().equals("beheerder")
                || i.get("entityId").getStringValue().equals(adminId));
        assertThat(byAdmin.json().get("total").getLongValue()).isGreaterThanOrEqualTo(3);
        // by day (Dutch time)
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        assertThat(api.get("/api/v1/admin/audit?action=ORGANISATION_CREATED&from=" + today + "&to=" + today, admin())
                .json().get("total").getLongValue()).isEqualTo(3);
        assertThat(api.get("/api/v1/admin/audit?action=ORGANISATION_CREATED&to=" + today.minusDays(1), admin())
                .json().get("total").getLongValue()).isZero();
        assertThat(api.get("/api/v1/admin/audit?limit=1000", admin()).json().get("items").size()).isLessThanOrEqualTo(200);

        Api.Download csv = api.download("/api/v1/admin/audit.csv?action=ORGANISATION_CREATED", admin());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.bytes()[0] & 0xff).isEqualTo(0xEF);
        assertThat(csv.bytes()[1] & 0xff).isEqualTo(0xBB);
        assertThat(csv.bytes()[2] & 0xff).isEqualTo(0xBF);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("Tijdstip;Door;Actie;Actiecode;Soort;Id;Veld");
        assertThat(lines).hasSize(4);
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=utf-8");
        // a Dutch label beside the code the filter takes, and the kind of object in words
        assertThat(lines[1]).contains(";Organisatie aangemaakt;ORGANISATION_CREATED;Organisatie;");

        // a value a spreadsheet would run as a formula is neutralised
        Response renamed = api.send("PUT", "/api/v1/admin/organisations/" + mraPartner, admin(),
                "{\"name\":\"=HYPERLINK(\\\"x\\\")\",\"kvkNumber\":\"50000001\",\"regionCodes\":[\"MRA\"],\"version\":0}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        String changes = new String(api.download("/api/v1/admin/audit.csv?action=ORGANISATION_CHANGED", admin()).bytes(),
                StandardCharsets.UTF_8);
        assertThat(changes).contains(";name;Formule;\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(";=HYPERLINK");
    }
}
