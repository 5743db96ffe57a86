package nl.thuisplan.dashboard;

import static nl.thuisplan.dashboard.DashboardJson.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Honest aggregates (issue 15, point 4) on seeded partial data: a complete year, and the next year
 * with one adopted analysis (Amsterdam) of all the regions' municipalities. Every total, trend point
 * and map value says how many municipalities it holds, unknown municipalities are null (never 0), a
 * ratio over a few is withheld, the dashboard opens on the complete year, the exports and the PDF say
 * the same, and the completeness counts give no hidden figure away.
 */
@MicronautTest(transactional = false)
class DashboardCompletenessTest extends ApiTest {

    private static final int COMPLETE = 2098;
    private static final int PARTIAL = 2099;

    @Inject
    Api api;

    private static int members;
    private static int mraMembers;

    @BeforeAll
    void seed() throws SQLException {
        List<String[]> all = DashboardSeed.currentMembers();
        members = all.size();
        for (String[] m : all) {
            DashboardSeed.adopted(m[0], m[1], COMPLETE, "uitstroom_bw", 10, 5, 8);
            mraMembers += m[0].equals("MRA") ? 1 : 0;
        }
        DashboardSeed.adopted("MRA", "GM0363", PARTIAL, "uitstroom_bw", 600, 150, 273);
    }

    private JsonNode get(String user, String path) {
        return DashboardJson.get(api, user, path);
    }

    private static JsonNode point(JsonNode row, int year) {
        for (JsonNode p : row.get("trend").values()) {
            if (p.get("year").getIntValue() == year) {
                return p;
            }
        }
        throw new AssertionError("no trend point " + year);
    }

    private static void known(JsonNode completeness, int known, int expected, String level) {
        assertThat(completeness.get("known").getIntValue()).isEqualTo(known);
        assertThat(completeness.get("expected").getIntValue()).isEqualTo(expected);
        assertThat(completeness.get("level").getStringValue()).isEqualTo(level);
    }

    @Test
    void theDashboardOpensOnTheNewestCompleteYearNotTheNewestYear() {
        JsonNode filters = get("beheerder", "/filters");
        assertThat(filters.get("years").get(0).getIntValue()).isEqualTo(PARTIAL);
        assertThat(filters.get("defaultYear").getIntValue()).isEqualTo(COMPLETE);
        for (JsonNode y : filters.get("yearCompleteness").values()) {
            if (y.get("year").getIntValue() == PARTIAL) {
                known(y.get("completeness"), 1, members, "LOW");
            }
            if (y.get("year").getIntValue() == COMPLETE) {
                known(y.get("completeness"), members, members, "COMPLETE");
            }
        }
        // without a year the regions table is the complete year's too
        assertThat(get("beheerder", "/regions").get("year").getIntValue()).isEqualTo(COMPLETE);
    }

    @Test
    void aYearWithOneAdoptedAnalysisSaysSoAndWithholdsTheRatio() {
        JsonNode table = get("beheerder", "/regions?year=" + PARTIAL + "&targetGroup=alle");
        JsonNode total = table.get("total");
        assertThat(total.get("moves").get("value").getLongValue()).isEqualTo(273);
        known(total.get("completeness"), 1, members, "LOW");
        assertThat(total.get("completeness").get("text").getStringValue()).isEqualTo("op basis van 1 van " + members + " gemeenten");
        // 273 over every inhabitant read as 0,05 per 1.000: withheld below half the municipalities
        assertThat(total.get("movesPerThousand").isNull()).isTrue();
        JsonNode mra = row(table, "MRA");
        known(mra.get("completeness"), 1, mraMembers, "LOW");
        // the trend does not "drop": the partial year is marked as such, the year before is complete
        known(point(mra, PARTIAL).get("completeness"), 1, mraMembers, "LOW");
        known(point(mra, COMPLETE).get("completeness"), mraMembers, mraMembers, "COMPLETE");
        // a region without any adopted analysis of the year is unknown, not zero
        JsonNode ens = row(table, "ENS");
        assertThat(ens.get("moves").get("value").isNull()).isTrue();
        assertThat(ens.get("moves").get("text").getStringValue()).isEqualTo("–");
        assertThat(ens.get("completeness").get("level").getStringValue()).isEqualTo("NONE");

        // a complete year keeps its ratio
        JsonNode complete = get("beheerder", "/regions?year=" + COMPLETE + "&targetGroup=alle");
        known(complete.get("total").get("completeness"), members, members, "COMPLETE");
        assertThat(complete.get("total").get("movesPerThousand").isNull()).isFalse();
        assertThat(complete.get("total").get("moves").get("value").getLongValue()).isEqualTo(8L * members);
    }

    @Test
    void unknownMunicipalitiesAreOnbekendOnTheMapAndInTheDetail() {
        JsonNode detail = get("regio.mra", "/regions/MRA/municipalities?year=" + PARTIAL + "&targetGroup=alle");
        JsonNode almere = row(detail, "GM0034");
        assertThat(almere.get("moves").get("value").isNull()).isTrue();
        known(almere.get("completeness"), 0, 1, "NONE");
        JsonNode amsterdam = row(detail, "GM0363");
        assertThat(amsterdam.get("moves").get("value").getLongValue()).isEqualTo(273);
        known(amsterdam.get("completeness"), 1, 1, "COMPLETE");

        JsonNode map = get("regio.mra", "/map?year=" + PARTIAL + "&targetGroup=alle");
        boolean sawUnknown = false;
        for (JsonNode v : map.get("values").values()) {
            String code = v.get("municipality").getStringValue();
            assertThat(v.get("province").getStringValue()).startsWith("PV");
            if (code.equals("GM0034")) {
                assertThat(v.get("level").getStringValue()).isEqualTo("MUNICIPALITY");
                assertThat(v.get("movesPerThousand").isNull()).isTrue();
                assertThat(v.get("text").getStringValue()).startsWith("onbekend");
                known(v.get("completeness"), 0, 1, "NONE");
                sawUnknown = true;
            }
            if (code.equals("GM0363")) {
                assertThat(v.get("movesPerThousand").isNull()).isFalse();
            }
            if (v.get("region").getStringValue().equals("ENS")) {
                // another region's average over no known municipality: no value, never 0
                assertThat(v.get("movesPerThousand").isNull()).isTrue();
                assertThat(v.get("completeness").get("level").getStringValue()).isEqualTo("NONE");
            }
        }
        assertThat(sawUnknown).isTrue();
    }

    @Test
    void theCountOfOneContributorGivesNoFigureAwayYearByYear() {
        // MRA contributes all its municipalities over the years, but one in the partial year: for another
        // region's programme manager, "1 van 30" beside the year's figure would name Amsterdam's figure
        JsonNode table = get("regio.ens", "/regions?year=" + PARTIAL + "&targetGroup=alle");
        JsonNode mra = row(table, "MRA");
        assertThat(mra.get("moves").get("text").getStringValue()).isEqualTo("×");
        assertThat(point(mra, PARTIAL).get("moves").get("text").getStringValue()).isEqualTo("×");
        assertThat(point(mra, COMPLETE).get("moves").get("value").getLongValue()).isEqualTo(8L * mraMembers);
        // and the total, which is that same one contributor, goes too
        assertThat(table.get("total").get("moves").get("value").isNull()).isTrue();
        assertThat(point(table.get("total"), PARTIAL).get("moves").get("value").isNull()).isTrue();
        known(mra.get("completeness"), 1, mraMembers, "LOW");
        // the map's region average for MRA is withheld as well
        for (JsonNode v : get("regio.ens", "/map?year=" + PARTIAL + "&targetGroup=alle").get("values").values()) {
            if (v.get("region").getStringValue().equals("MRA")) {
                assertThat(v.get("movesPerThousand").isNull()).isTrue();
                assertThat(v.get("suppressed").getBooleanValue()).isTrue();
            }
        }
        // the province of Flevoland sees Almere and Lelystad; the rest of MRA in the partial year is Amsterdam alone
        JsonNode detail = get("provincie.flevoland", "/regions/MRA/municipalities?year=" + PARTIAL + "&targetGroup=alle");
        for (JsonNode r : detail.get("rows").values()) {
            if (r.get("area").get("kind").getStringValue().equals("REST")) {
                assertThat(r.get("moves").get("text").getStringValue()).isEqualTo("×");
                assertThat(point(r, PARTIAL).get("moves").get("text").getStringValue()).isEqualTo("×");
            }
        }
        assertThat(detail.get("total").get("moves").get("value").isNull()).isTrue();
    }

    @Test
    void exportsAndThePdfCarryTheCompleteness() throws IOException {
        String q = "?year=" + PARTIAL + "&targetGroup=alle";
        Api.Download csv = api.download("/api/v1/dashboard/regions.csv" + q, api.token("beheerder"));
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("Volledigheid", "Urgentie: oordeel", "Gemeenten met cijfers " + PARTIAL)
                .contains("op basis van 1 van " + mraMembers + " gemeenten", "op basis van 1 van " + members + " gemeenten");
        Api.Download pdf = api.download("/api/v1/dashboard/report.pdf" + q, api.token("beheerder"));
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(t).contains("Gemeenten met cijfers", "1 van " + mraMembers, "1 van " + members, "273 *",
                    "niet alle gemeenten een vastgestelde vraaganalyse");
        }
    }
}
