package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/** The region's overview (status, deadline, overdue), its totals, and the soft warnings. */
@MicronautTest(transactional = false)
class DemandRegionViewTest extends ApiTest {

    private static final String CELL = "dakloos/zelfstandig/STOCK";

    @Inject
    Api api;
    @Inject
    DemandApi demand;
    @Inject
    TestUsers users;

    @Test
    void theOverviewShowsEachMunicipalitysStatusAndWhoIsLate() {
        int year = 2070;
        api.send("PUT", "/api/v1/regions/MRA/demand-deadlines/" + year, api.token("regio.mra"), "{\"deadline\":\"2020-01-01\"}");
        long id = demand.start("gemeente.diemen", "GM0384", year);
        demand.act("gemeente.diemen", id, "submit", null);

        Response overview = api.getAs("regio.mra", "/api/v1/demand/regions/MRA/years/" + year);
        assertThat(overview.json().get("municipalities").size()).isEqualTo(30);
        JsonNode diemen = row(overview, "GM0384");
        assertThat(diemen.get("status").getStringValue()).isEqualTo("SUBMITTED");
        assertThat(diemen.get("overdue").getBooleanValue()).isFalse();
        JsonNode amsterdam = row(overview, "GM0363");
        assertThat(amsterdam.get("status").getStringValue()).isEqualTo("NOT_STARTED");
        assertThat(amsterdam.get("overdue").getBooleanValue()).isTrue();

        // a gemeente sees its own row only
        Response own = api.getAs("gemeente.amsterdam", "/api/v1/demand/regions/MRA/years/" + year);
        assertThat(own.json().get("municipalities").size()).isEqualTo(1);
        assertThat(own.json().get("regional").isNull()).isTrue();
        assertThat(api.getAs("gemeente.amsterdam", "/api/v1/demand/regions/ENS/years/" + year).status()).isEqualTo(404);
    }

    @Test
    void totalsAddUpTheAdoptedVersionsPerRegionSubregionAndPerThousandInhabitants() {
        int year = 2071;
        adopt("gemeente.diemen", "GM0384", year, 30);
        adopt("gemeente.amsterdam", "GM0363", year, 900);
        long unadopted = demand.start(users.officer("GM0358"), "GM0358", year); // Aalsmeer: concept, not counted
        demand.put(users.officer("GM0358"), unadopted, CELL, "{\"value\":5000,\"version\":null}");
        long regional = regional(year, 25);

        Response totals = api.getAs("regio.mra", "/api/v1/demand/regions/MRA/years/" + year + "/totals");
        assertThat(totals.json().get("includedMunicipalities").getIntValue()).isEqualTo(2);
        assertThat(totals.json().get("municipalities").getIntValue()).isEqualTo(30);
        JsonNode dakloos = totals.json().get("rows").get(0);
        assertThat(dakloos.get("targetGroup").get("code").getStringValue()).isEqualTo("dakloos");
        assertThat(dakloos.get("region").get("stock").getLongValue()).isEqualTo(930);
        assertThat(dakloos.get("regional").get("stock").getLongValue()).isEqualTo(25);
        String expected = BigDecimal.valueOf(930_000).divide(BigDecimal.valueOf(931_298 + 32_000), 2, RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(dakloos.get("region").get("perThousand").get("stock").getStringValue()).isEqualTo(expected);
        JsonNode amm = subregion(dakloos, "AMM");
        assertThat(amm.get("stock").getLongValue()).isEqualTo(30);
        assertThat(amm.get("perThousand").get("stock").getStringValue()).isEqualTo("0.94"); // 30 / 32,000 × 1,000
        assertThat(subregion(dakloos, "AMS").get("stock").getLongValue()).isEqualTo(900);

        // a gemeente does not see its neighbours' rows, nor a total of itself and one other (930 − 30 is Amsterdam's)
        Response forDiemen = api.getAs("gemeente.diemen", "/api/v1/demand/regions/MRA/years/" + year + "/totals");
        JsonNode hidden = forDiemen.json().get("rows").get(0).get("region");
        assertThat(hidden.get("suppressed").getBooleanValue()).isTrue();
        assertThat(hidden.get("stock").isNull()).isTrue();
        assertThat(forDiemen.json().get("rows").get(0).get("regional").get("stock").getLongValue()).isEqualTo(25);
        assertThat(regional).isPositive();
    }

    @Test
    void aGemeenteCannotRecoverANeighboursFiguresBySubtractingItsOwnFromATotal() {
        int year = 2076;
        adopt(users.officer("GM0034"), "GM0034", year, 70);  // Almere, deelregio Almere-Lelystad
        adopt(users.officer("GM0995"), "GM0995", year, 23);  // Lelystad, the only other member of that deelregio
        adopt("gemeente.diemen", "GM0384", year, 11);       // Amstelland-Meerlanden
        adopt("gemeente.amsterdam", "GM0363", year, 400);   // Amsterdam
        String path = "/api/v1/demand/regions/MRA/years/" + year + "/totals";

        Response almere = api.getAs(users.officer("GM0034"), path);
        assertThat(almere.status()).as(almere.body()).isEqualTo(200);
        JsonNode dakloos = almere.json().get("rows").get(0);
        JsonNode all = subregion(dakloos, "ALL");
        assertThat(all.get("suppressed").getBooleanValue()).isTrue();
        assertThat(all.get("stock").isNull()).isTrue(); // hidden, never a 0
        assertThat(almere.json().get("suppressedReason").getStringValue()).contains("minder dan 2 andere gemeenten");
        // no total the officer sees, minus Almere's own 70, gives Lelystad's 23 (nor any other single neighbour's)
        List<JsonNode> shown = new java.util.ArrayList<>();
        shown.add(dakloos.get("region"));
        dakloos.get("subregions").values().forEach(shown::add);
        for (JsonNode figures : shown) {
            // a deelregio without any adopted analysis is listed as unknown (null, never 0): nothing to subtract from
            if (!figures.get("suppressed").getBooleanValue() && !figures.get("stock").isNull()) {
                long stock = figures.get("stock").getLongValue();
                assertThat(List.of(stock, stock - 70)).doesNotContain(23L, 11L, 400L);
            }
        }
        assertThat(almere.json().get("regionSuppressed").getBooleanValue()).isFalse();
        assertThat(dakloos.get("region").get("stock").getLongValue()).isEqualTo(504);
        // the totals say on how many members they rest (issue 15), and a deelregio without an analysis is unknown, not 0
        JsonNode completeness = almere.json().get("completeness");
        assertThat(completeness.get("known").getIntValue()).isEqualTo(4);
        assertThat(completeness.get("expected").getIntValue()).isEqualTo(almere.json().get("municipalities").getIntValue());
        assertThat(completeness.get("level").getStringValue()).isEqualTo("LOW");
        boolean anyUnknown = false;
        for (JsonNode sub : dakloos.get("subregions").values()) {
            if (sub.get("completeness").get("known").getIntValue() == 0) {
                anyUnknown = true;
                assertThat(sub.get("stock").isNull()).isTrue();
                assertThat(sub.get("completeness").get("level").getStringValue()).isEqualTo("NONE");
            }
        }
        assertThat(anyUnknown).isTrue();

        // the programme manager knows every member's figures: nothing is hidden from it
        JsonNode forManager = api.getAs("regio.mra", path).json();
        assertThat(subregion(forManager.get("rows").get(0), "ALL").get("stock").getLongValue()).isEqualTo(93);
        assertThat(forManager.get("suppressedReason").isNull()).isTrue();
        // and the export hides what the screen hides
        Api.Download csv = api.download(path.replace("/totals", "/totals.csv"), api.token(users.officer("GM0034")));
        String text = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("deelregio Almere-Lelystad;niet getoond").doesNotContain(";93;").contains("op basis van 4 van ");
        assertThat(nl.thuisplan.spreadsheet.ExportFiles.csv(csv.bytes()).get(0).toList()).startsWith("Aandachtsgroep", "Niveau",
                "Huidige vraag").contains("Volledigheid");
    }

    @Test
    void aBigChangeFromLastYearIsWarnedAboutButSaved() {
        adopt("gemeente.diemen", "GM0384", 2072, 100);
        long id = demand.start("gemeente.diemen", "GM0384", 2073);
        // before anything is entered, the cell is listed with last year's value only
        JsonNode empty = demand.get("gemeente.diemen", id).json().get("cells").get(0);
        assertThat(empty.get("previousYearValue").getIntValue()).isEqualTo(100);
        assertThat(empty.get("value").isNull()).isTrue();
        assertThat(empty.get("version").isNull()).isTrue();
        Response cell = demand.put("gemeente.diemen", id, CELL, "{\"value\":200,\"version\":null}");
        assertThat(cell.status()).isEqualTo(200);
        assertThat(cell.json().get("previousYearValue").getIntValue()).isEqualTo(100);
        assertThat(cell.body()).contains("CHANGE_OVER_50_PERCENT");
        Response fine = demand.put("gemeente.diemen", id, CELL, "{\"value\":120,\"version\":0}");
        assertThat(fine.body()).doesNotContain("CHANGE_OVER_50_PERCENT");
    }

    @Test
    void aFigureFarFromTheRegionsMedianPerThousandIsWarnedAbout() {
        int year = 2074;
        // about 1 per 1,000 inhabitants in five other municipalities
        adopt(users.officer("GM0362"), "GM0362", year, 94);  // Amstelveen 93,500
        adopt(users.officer("GM0392"), "GM0392", year, 164); // Haarlem 164,000
        adopt(users.officer("GM0402"), "GM0402", year, 93);  // Hilversum 93,000
        adopt(users.officer("GM0363"), "GM0363", year, 930); // Amsterdam 931,298
        adopt(users.officer("GM0358"), "GM0358", year, 32);  // Aalsmeer 32,000
        long id = demand.start("gemeente.diemen", "GM0384", year);
        // the view computes the median once (only the median: at least five others delivering) ...
        JsonNode medians = demand.get("gemeente.diemen", id).json().get("regionMedians");
        assertThat(medians.size()).isEqualTo(1);
        JsonNode median = medians.get(0);
        assertThat(median.get("targetGroup").getStringValue() + "/" + median.get("housingForm").getStringValue() + "/"
                + median.get("measure").getStringValue()).isEqualTo(CELL);
        double perThousand = median.get("perThousand").getDoubleValue();
        assertThat(perThousand).isBetween(0.95, 1.05);
        // ... and a save of the cell that sends it back is answered with the warning
        String withMedian = ",\"regionMedianPerThousand\":" + perThousand + "}";
        Response high = demand.put("gemeente.diemen", id, CELL, "{\"value\":200,\"version\":null" + withMedian); // 6.25 per 1,000
        assertThat(high.body()).contains("FAR_FROM_REGION_MEDIAN").contains("de mediaan in de regio is 1,0");
        Response normal = demand.put("gemeente.diemen", id, CELL, "{\"value\":33,\"version\":0" + withMedian); // 1.03 per 1,000
        assertThat(normal.body()).doesNotContain("FAR_FROM_REGION_MEDIAN");
    }

    @Test
    void theDeadlineIsKeptPerRegionAndYear() {
        Response set = api.send("PUT", "/api/v1/regions/ENS/demand-deadlines/2075", api.token("regio.ens"), "{\"deadline\":\"2075-04-01\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(api.getAs("regio.ens", "/api/v1/demand/regions/ENS/years/2075").text("deadline")).isEqualTo("2075-04-01");
        assertThat(api.getAs("regio.mra", "/api/v1/demand/regions/MRA/years/2075").json().get("deadline").isNull()).isTrue();
        assertThat(api.send("PUT", "/api/v1/regions/ENS/demand-deadlines/2075", api.token("regio.ens"), "{\"deadline\":\"morgen\"}")
                .status()).isEqualTo(400);
        assertThat(LocalDate.parse("2075-04-01")).isAfter(LocalDate.now());
        // the overview says who may set the deadline and start the region's own analysis
        assertThat(api.getAs("regio.mra", "/api/v1/demand/regions/MRA/years/2075").json().get("allowedActions").values())
                .extracting(JsonNode::getStringValue).containsExactly("SET_DEADLINE", "START_REGIONAL");
        assertThat(api.getAs("gemeente.diemen", "/api/v1/demand/regions/MRA/years/2075").json().get("allowedActions").size())
                .isZero();
    }

    private void adopt(String user, String municipality, int year, int stock) {
        long id = demand.start(user, municipality, year);
        assertThat(demand.put(user, id, CELL, "{\"value\":" + stock + ",\"version\":null}").status()).isEqualTo(200);
        assertThat(demand.act(user, id, "submit", null).status()).isEqualTo(200);
        assertThat(demand.act("regio.mra", id, "adopt", null).status()).isEqualTo(200);
    }

    private long regional(int year, int stock) {
        Response r = api.send("POST", "/api/v1/demand/regions/MRA/years/" + year + "/regional", api.token("regio.mra"), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").getLongValue();
        demand.put("regio.mra", id, CELL, "{\"value\":" + stock + ",\"version\":null}");
        demand.act("regio.mra", id, "submit", null);
        demand.act("regio.mra", id, "adopt", null);
        return id;
    }

    private static JsonNode row(Response overview, String code) {
        for (JsonNode n : overview.json().get("municipalities").values()) {
            if (n.get("municipality").get("code").getStringValue().equals(code)) {
                return n;
            }
        }
        throw new AssertionError(code);
    }

    private static JsonNode subregion(JsonNode row, String code) {
        for (JsonNode n : row.get("subregions").values()) {
            if (n.get("subregion").get("code").getStringValue().equals(code)) {
                return n;
            }
        }
        throw new AssertionError(code);
    }
}
