package nl.thuisplan.dashboard;

import static nl.thuisplan.dashboard.DashboardJson.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboards through the API (issue 7), on a seeded year: every figure equals the sum taken
 * straight from the source tables, small counts are hidden and cannot be recovered, and each role
 * sees what it may.
 */
@MicronautTest(transactional = false)
class DashboardApiTest extends ApiTest {

    private static final int YEAR = 2093;
    private static final String Q = "?year=" + YEAR + "&targetGroup=alle";

    @Inject
    Api api;

    @BeforeAll
    void seed() throws SQLException {
        // Regio Enschede: a large and a small municipality, and the region's own figures
        DashboardSeed.adopted("ENS", "GM0153", YEAR, "uitstroom_bw", 40, 12, 30, "dakloos", 25, 10, 20);
        DashboardSeed.adopted("ENS", "GM0164", YEAR, "uitstroom_bw", 2, 1, 3);
        DashboardSeed.adopted("ENS", "GM0147", YEAR, "dakloos", 15, 8, 9);
        DashboardSeed.adopted("ENS", null, YEAR, "uitstroom_mo", 11, 6, 7);
        // a newer adopted version replaces the older one
        DashboardSeed.adopted("ENS", "GM0147", YEAR, "dakloos", 16, 8, 11);
        // MRA across two provinces: Flevoland (Almere, Lelystad) and Noord-Holland (Amsterdam)
        DashboardSeed.adopted("MRA", "GM0034", YEAR, "uitstroom_bw", 50, 20, 44);
        DashboardSeed.adopted("MRA", "GM0995", YEAR, "uitstroom_bw", 9, 4, 12);
        DashboardSeed.adopted("MRA", "GM0363", YEAR, "uitstroom_bw", 500, 90, 2);
        // last year's figures for the trend
        DashboardSeed.adopted("ENS", "GM0153", YEAR - 1, "uitstroom_bw", 30, 10, 25);
    }

    private JsonNode get(String user, String path) {
        return DashboardJson.get(api, user, path);
    }

    private static JsonNode kind(JsonNode table, String kind) {
        for (JsonNode r : table.get("rows").values()) {
            if (r.get("area").get("kind").getStringValue().equals(kind)) {
                return r;
            }
        }
        throw new AssertionError("no row of kind " + kind);
    }

    private static Long value(JsonNode cell) {
        return cell.get("value").isNull() ? null : cell.get("value").getLongValue();
    }

    @Test
    void everyFigureEqualsTheSumFromTheSourceTables() throws SQLException {
        // the beheerder sees every region, with small counts hidden
        JsonNode regions = get("beheerder", "/regions" + Q);
        long total = 0;
        for (String region : List.of("ENS", "MRA", "GRO", "HGL", "PSL", "GMR")) {
            long expected = DashboardSeed.moves(region, null, YEAR, "alle");
            total += expected;
            JsonNode moves = row(regions, region).get("moves");
            if (!moves.get("suppressed").getBooleanValue()) {
                assertThat(value(moves)).as(region).isEqualTo(expected == 0 && value(moves) == null ? null : expected);
            }
        }
        assertThat(value(regions.get("total").get("moves"))).isEqualTo(total);
        assertThat(value(row(regions, "ENS").get("moves"))).isEqualTo(30 + 20 + 3 + 11 + 7);
        // per target group too
        JsonNode bw = get("beheerder", "/regions?year=" + YEAR + "&targetGroup=uitstroom_bw");
        assertThat(value(row(bw, "MRA").get("moves"))).isEqualTo(DashboardSeed.moves("MRA", null, YEAR, "uitstroom_bw")).isEqualTo(58);
        assertThat(value(row(bw, "MRA").get("stock"))).isEqualTo(559);

        // the programme manager reads its own region unsuppressed: every municipality equals the source
        JsonNode ens = get("regio.ens", "/regions/ENS/municipalities" + Q);
        assertThat(ens.get("suppressed").getBooleanValue()).isFalse();
        for (String m : List.of("GM0153", "GM0164", "GM0147")) {
            assertThat(value(row(ens, m).get("moves"))).as(m).isEqualTo(DashboardSeed.moves("ENS", m, YEAR, "alle"));
        }
        assertThat(value(row(ens, "GM0164").get("moves"))).isEqualTo(3);
        assertThat(value(kind(ens, "REGIONAL").get("moves"))).isEqualTo(7);
        assertThat(value(ens.get("total").get("moves"))).isEqualTo(DashboardSeed.moves("ENS", null, YEAR, "alle"));
        assertThat(row(ens, "GM0153").get("movesPerThousand").isNull()).isFalse();
        assertThat(ens.get("total").get("completeness").get("known").getIntValue()).isGreaterThanOrEqualTo(3);
        // the trend holds last year
        JsonNode trend = row(ens, "GM0153").get("trend");
        assertThat(trend.get(trend.size() - 2).get("year").getIntValue()).isEqualTo(YEAR - 1);
        assertThat(value(trend.get(trend.size() - 2).get("moves"))).isEqualTo(25);
        assertThat(value(trend.get(trend.size() - 1).get("moves"))).isEqualTo(50);
    }

    @Test
    void smallCountsAreHiddenAndCannotBeRecoveredFromTheTotal() {
        JsonNode ens = get("provincie.overijssel", "/regions/ENS/municipalities" + Q);
        assertThat(ens.get("suppressed").getBooleanValue()).isTrue();
        JsonNode hengelo = row(ens, "GM0164").get("moves");
        assertThat(hengelo.get("suppressed").getBooleanValue()).isTrue();
        assertThat(hengelo.get("text").getStringValue()).isEqualTo("<5");
        assertThat(hengelo.get("value").isNull()).isTrue();
        // the total is shown, so a second cell is hidden with it: total − visible is never one small cell
        List<JsonNode> hidden = new ArrayList<>();
        long visible = 0;
        for (JsonNode r : ens.get("rows").values()) {
            if (r.get("moves").get("suppressed").getBooleanValue()) {
                hidden.add(r);
            } else if (value(r.get("moves")) != null) {
                visible += value(r.get("moves"));
            }
        }
        assertThat(hidden).hasSizeGreaterThanOrEqualTo(2);
        long totalMoves = value(ens.get("total").get("moves"));
        assertThat(totalMoves - visible).isGreaterThanOrEqualTo(5);
        assertThat(row(ens, "GM0164").get("movesPerThousand").isNull()).isTrue();
        // Amsterdam's 2 homes are hidden in the cross-region view of its province, stock 500 is not
        JsonNode mra = get("provincie.noord-holland", "/regions/MRA/municipalities?year=" + YEAR + "&targetGroup=uitstroom_bw");
        assertThat(row(mra, "GM0363").get("moves").get("text").getStringValue()).isEqualTo("<5");
        assertThat(value(row(mra, "GM0363").get("stock"))).isEqualTo(500);
    }

    @Test
    void aProvinceSeesItsOwnMunicipalitiesAndTheRestOfTheRegionAsOneRow() {
        JsonNode mra = get("provincie.flevoland", "/regions/MRA/municipalities?year=" + YEAR + "&targetGroup=uitstroom_bw");
        List<String> kinds = new ArrayList<>();
        mra.get("rows").values().forEach(r -> kinds.add(r.get("area").get("kind").getStringValue()));
        assertThat(kinds).contains("MUNICIPALITY", "REST").doesNotContain("REGION");
        for (JsonNode r : mra.get("rows").values()) {
            if (r.get("area").get("kind").getStringValue().equals("MUNICIPALITY")) {
                assertThat(r.get("area").get("code").getStringValue()).isIn("GM0034", "GM0995");
            }
        }
        assertThat(kind(mra, "REST").get("area").get("name").getStringValue()).isEqualTo("Gemeenten buiten Flevoland");
        assertThat(value(row(mra, "GM0034").get("moves"))).isEqualTo(44);
        // other regions: totals only
        Response gro = api.getAs("provincie.flevoland", "/api/v1/dashboard/regions/GRO/municipalities" + Q);
        assertThat(gro.status()).isEqualTo(403);
        assertThat(gro.json().get("code").getStringValue()).isEqualTo("DETAIL_NOT_ALLOWED");
        JsonNode regions = get("provincie.flevoland", "/regions" + Q);
        assertThat(row(regions, "GRO").get("detail").getBooleanValue()).isFalse();
        assertThat(row(regions, "MRA").get("detail").getBooleanValue()).isTrue();
        assertThat(regions.get("rows").size()).isEqualTo(6);
        // the province filter keeps the regions with a municipality in it
        assertThat(get("provincie.flevoland", "/regions" + Q + "&province=PV24").get("rows").size()).isEqualTo(1);
    }

    @Test
    void aProvinceCannotRecoverTheOneMunicipalityOutsideItsProvinceBySubtractingItsOwn() throws SQLException {
        // MRA's adopted figures come from Almere and Lelystad (Flevoland) and Amsterdam alone outside it
        long amsterdam = DashboardSeed.moves("MRA", "GM0363", YEAR, "alle");
        JsonNode mra = get("provincie.flevoland", "/regions/MRA/municipalities" + Q);
        assertThat(kind(mra, "REST").get("moves").get("text").getStringValue()).isEqualTo("×");
        assertThat(mra.get("total").get("moves").get("value").isNull()).isTrue();
        assertThat(value(row(mra, "GM0034").get("moves"))).isEqualTo(44); // its own province's stay open

        // the regions table: MRA withheld, and a second region with it, so the total gives neither back
        JsonNode regions = get("provincie.flevoland", "/regions" + Q);
        assertThat(row(regions, "MRA").get("moves").get("text").getStringValue()).isEqualTo("×");
        long visible = 0;
        int withheld = 0;
        for (JsonNode r : regions.get("rows").values()) {
            if (r.get("moves").get("suppressed").getBooleanValue()) {
                withheld++;
            } else if (value(r.get("moves")) != null) {
                visible += value(r.get("moves"));
            }
        }
        assertThat(withheld).isGreaterThanOrEqualTo(2);
        Long total = value(regions.get("total").get("moves"));
        long known = DashboardSeed.moves("MRA", "GM0034", YEAR, "alle") + DashboardSeed.moves("MRA", "GM0995", YEAR, "alle");
        if (total != null) {
            assertThat(total - visible - known).isNotEqualTo(amsterdam);
        }
        // the province's own view of MRA (Flevoland only) and the map hide it as well
        JsonNode flevoland = get("provincie.flevoland", "/regions" + Q + "&province=PV24");
        assertThat(row(flevoland, "MRA").get("moves").get("text").getStringValue()).isEqualTo("×");
        assertThat(flevoland.get("total").get("moves").get("value").isNull()).isTrue();
        for (JsonNode v : get("provincie.flevoland", "/map" + Q).get("values").values()) {
            if (v.get("municipality").getStringValue().equals("GM0363")) {
                assertThat(v.get("suppressed").getBooleanValue()).isTrue();
                assertThat(v.get("movesPerThousand").isNull()).isTrue();
            }
        }
        // Noord-Holland knows Amsterdam; the rest of MRA for it is two municipalities: not withheld (only small counts are)
        JsonNode forNoordHolland = get("provincie.noord-holland", "/regions" + Q);
        assertThat(row(forNoordHolland, "MRA").get("moves").get("text").getStringValue()).isNotEqualTo("×");
        assertThat(kind(get("provincie.noord-holland", "/regions/MRA/municipalities" + Q), "REST").get("stock").get("text")
                .getStringValue()).isNotEqualTo("×");
    }

    @Test
    void aProgrammeManagerSeesTheOtherRegionsByNameButNoneOfTheirMunicipalitiesAndAGemeenteNoDashboards() {
        // ADR 0002: no pseudonyms that the figures give away anyway; names, and no detail of other regions
        JsonNode regions = get("regio.ens", "/regions" + Q);
        List<String> codes = new ArrayList<>();
        for (JsonNode r : regions.get("rows").values()) {
            String code = r.get("area").get("code").getStringValue();
            codes.add(code);
            assertThat(r.get("area").get("name").getStringValue()).doesNotMatch("Regio [A-Z]+");
            assertThat(r.get("detail").getBooleanValue()).as(code).isEqualTo(code.equals("ENS"));
        }
        assertThat(codes).containsExactlyInAnyOrder("ENS", "MRA", "GRO", "HGL", "PSL", "GMR");
        assertThat(api.getAs("regio.ens", "/api/v1/dashboard/regions" + Q).body()).contains("Metropoolregio Amsterdam", "Regio Haaglanden");
        // the map: another region's municipalities carry only their region's average, never a figure of their own
        for (JsonNode v : get("regio.ens", "/map" + Q).get("values").values()) {
            if (!v.get("region").getStringValue().equals("ENS")) {
                assertThat(v.get("level").getStringValue()).as(v.toString()).isEqualTo("REGION");
            }
        }
        assertThat(api.getAs("regio.ens", "/api/v1/dashboard/regions/MRA/municipalities" + Q).status()).isEqualTo(403);
        for (String path : List.of("/filters", "/regions" + Q, "/map" + Q, "/regions/ENS/municipalities" + Q, "/regions.csv" + Q,
                "/report.pdf" + Q, "/boundaries")) {
            assertThat(api.getAs("gemeente.enschede", "/api/v1/dashboard" + path).status()).as(path).isEqualTo(403);
        }
        assertThat(api.getAs("beheerder", "/api/v1/dashboard/regions/XYZ/municipalities" + Q).status()).isEqualTo(404);
        assertThat(api.getAs("beheerder", "/api/v1/dashboard/regions?targetGroup=onbekend").status()).isEqualTo(400);
    }

    @Test
    void theMapUsesOwnFiguresWhereAllowedAndRegionAveragesElsewhere() {
        JsonNode map = get("provincie.overijssel", "/map" + Q);
        String enschede = null;
        String amsterdamLevel = null;
        for (JsonNode v : map.get("values").values()) {
            String m = v.get("municipality").getStringValue();
            if (m.equals("GM0153")) {
                enschede = v.get("level").getStringValue();
            }
            if (m.equals("GM0363")) {
                amsterdamLevel = v.get("level").getStringValue();
            }
        }
        assertThat(enschede).isEqualTo("MUNICIPALITY");
        assertThat(amsterdamLevel).isEqualTo("REGION");
        String boundaries = api.getAs("provincie.overijssel", "/api/v1/dashboard/boundaries").body();
        assertThat(boundaries).contains("\"FeatureCollection\"", "GM0363", "GM0153");
    }

    @Test
    void exportsCarryTheSameHiddenCells() throws IOException {
        Api.Download csv = api.download("/api/v1/dashboard/regions/ENS/municipalities.csv" + Q, api.token("provincie.overijssel"));
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFGemeente;Inwoners;Huidige vraag").contains("Hengelo").contains("<5");
        assertThat(nl.thuisplan.spreadsheet.ExportFiles.csv(csv.bytes()).get(0).get(1)).isEqualTo("Inwoners");
        Api.Download xlsx = api.download("/api/v1/dashboard/regions.xlsx" + Q, api.token("beheerder"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Regio");
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(8);
            nl.thuisplan.spreadsheet.ExportFiles.assertHeaderFrozen(book.getSheetAt(0));
            var inhabitants = book.getSheetAt(0).getRow(1).getCell(1);
            assertThat(inhabitants.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(inhabitants.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
        Api.Download pdf = api.download("/api/v1/dashboard/report.pdf" + Q, api.token("provincie.overijssel"));
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String t = new PDFTextStripper().getText(doc);
            assertThat(t).contains("Dashboard aandachtsgroepen " + YEAR, "Regio's vergeleken", "Regio Enschede per gemeente", "Hengelo", "<5")
                    .doesNotContain("Metropoolregio Amsterdam per gemeente");
        }
    }
}
