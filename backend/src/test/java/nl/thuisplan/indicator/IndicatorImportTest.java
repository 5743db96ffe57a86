package nl.thuisplan.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Indicators: reading per reference date, and importing a simple CSV or a CBS StatLine export,
 * all or nothing, with row and column in every error.
 */
@MicronautTest(transactional = false)
class IndicatorImportTest extends ApiTest {

    private static final String PATH = "/api/v1/allocation/regions/ENS/indicators";

    @Inject
    Api api;

    private Response upload(String user, String query, String content) {
        return api.upload(PATH + "/import" + query, api.token(user), "kengetallen.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode value(String date, String code, String indicator) {
        Response r = api.getAs("regio.ens", PATH + "?referenceDate=" + date);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode row : r.json().get("rows").values()) {
            if (row.get("municipality").get("code").getStringValue().equals(code)) {
                return row.get("values").get(indicator);
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    void aSimpleCsvIsPreviewedThenApplied() {
        String csv = "gemeentecode,indicator,peildatum,waarde,bron\n"
                + "GM0153,lettings,2031-01-01,1234,Woningcorporaties Twente 2030\n"
                + "GM0164,existing_places,2031-01-01,\"88,5\",Regio Twente\n";
        Response dry = upload("regio.ens", "?dryRun=true", csv);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("applied").getBooleanValue()).isFalse();
        assertThat(dry.json().get("changes").size()).isEqualTo(2);
        assertThat(value("2031-06-01", "GM0153", "lettings").get("referenceDate").getStringValue()).isEqualTo("2024-01-01");

        Response applied = upload("regio.ens", "?dryRun=false", csv);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").getBooleanValue()).isTrue();
        assertThat(applied.json().get("layout").getStringValue()).isEqualTo("SIMPLE");
        JsonNode lettings = value("2031-06-01", "GM0153", "lettings");
        assertThat(lettings.get("value").getStringValue()).isEqualTo("1234");
        assertThat(lettings.get("source").getStringValue()).isEqualTo("Woningcorporaties Twente 2030");
        assertThat(lettings.get("status").getStringValue()).isEqualTo("VERIFIED");
        assertThat(value("2031-06-01", "GM0164", "existing_places").get("value").getStringValue()).isEqualTo("88.5");
        // the same file again changes nothing
        assertThat(upload("regio.ens", "?dryRun=false", csv).json().get("changes").size()).isZero();
    }

    @Test
    void oneBadRowRefusesTheWholeFileWithRowAndColumn() {
        String csv = "gemeentecode,indicator,peildatum,waarde\n"
                + "GM0153,households,2032-01-01,70000\n"
                + "GM0363,households,2032-01-01,1\n"
                + "GM9999,households,2032-01-01,1\n"
                + "GM0164,happiness,2032-01-01,1\n"
                + "GM0147,lettings,1-1-2032,1\n"
                + "GM0168,lettings,2032-01-01,-4\n"
                + "GM0168,lettings,2032-01-01,1.000.000\n"
                + "GM0153,households,2032-01-01,70001\n";
        Response r = upload("regio.ens", "?dryRun=false", csv);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("code").getStringValue()).isEqualTo("INDICATOR_IMPORT_INVALID");
        JsonNode errors = r.json().get("errors");
        assertThat(errors.size()).isEqualTo(7);
        assertError(errors.get(0), 3, "gemeentecode", "NOT_IN_REGION");
        assertError(errors.get(1), 4, "gemeentecode", "UNKNOWN_MUNICIPALITY");
        assertError(errors.get(2), 5, "indicator", "UNKNOWN_INDICATOR");
        assertError(errors.get(3), 6, "peildatum", "BAD_DATE");
        assertError(errors.get(4), 7, "waarde", "NEGATIVE");
        assertError(errors.get(5), 8, "waarde", "NOT_A_NUMBER");
        assertError(errors.get(6), 9, "indicator", "DUPLICATE");
        // nothing stored, not even the good first row
        JsonNode households = value("2032-06-01", "GM0153", "households");
        assertThat(households.get("referenceDate").getStringValue()).isEqualTo("2024-01-01");

        Response columns = upload("regio.ens", "", "gemeente,waarde\nGM0153,1\n");
        assertThat(columns.status()).isEqualTo(422);
        assertThat(columns.body()).contains("MISSING_COLUMN", "gemeentecode", "peildatum");
        Response binary = api.upload(PATH + "/import", api.token("regio.ens"), "x.csv", new byte[] {0, 1, 2, 3});
        assertThat(binary.status()).isEqualTo(422);
        assertThat(binary.body()).contains("UNREADABLE");
    }

    @Test
    void aCbsStatLineExportSkipsOtherMunicipalities() {
        String cbs = "ID;RegioS;Perioden;TotaleBevolking_1;ParticuliereHuishoudens_1\n"
                + "1;NL01  ;2033JJ00;18000000;8000000\n"
                + "2;GM0363;2033JJ00;950000;520000\n"
                + "3;GM0153;2033JJ00;161234;78000\n"
                + "4;GM0164;2033JJ00;   82000;.\n";
        Response r = upload("regio.ens", "?dryRun=false", cbs);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("layout").getStringValue()).isEqualTo("CBS");
        assertThat(r.json().get("skipped").getIntValue()).isEqualTo(2);
        assertThat(r.json().get("rows").getIntValue()).isEqualTo(3);
        JsonNode inhabitants = value("2033-01-01", "GM0153", "inhabitants");
        assertThat(inhabitants.get("value").getStringValue()).isEqualTo("161234");
        assertThat(inhabitants.get("source").getStringValue()).contains("CBS StatLine");
        assertThat(value("2033-01-01", "GM0153", "households").get("value").getStringValue()).isEqualTo("78000");

        Response badPeriod = upload("regio.ens", "", "RegioS;Perioden;TotaleBevolking_1\nGM0153;2033KW01;1\n");
        assertThat(badPeriod.status()).isEqualTo(422);
        assertThat(badPeriod.body()).contains("BAD_DATE", "Perioden");
    }

    @Test
    void onlyTheRegionsProgrammeManagerImportsAndGemeentenDoNotReadTheTable() {
        String csv = "gemeentecode,indicator,peildatum,waarde\nGM0153,lettings,2031-01-01,1\n";
        assertThat(upload("gemeente.enschede", "", csv).status()).isEqualTo(403);
        assertThat(upload("provincie.overijssel", "", csv).status()).isEqualTo(403);
        assertThat(upload("regio.mra", "", csv).status()).isEqualTo(404);
        assertThat(api.getAs("gemeente.enschede", PATH).status()).isEqualTo(403);
        assertThat(api.getAs("regio.mra", PATH).status()).isEqualTo(404);
        Response province = api.getAs("provincie.overijssel", PATH);
        assertThat(province.status()).isEqualTo(200);
        assertThat(province.json().get("rows").size()).isEqualTo(8);
        assertThat(province.body()).contains("DEMO");
    }

    @Test
    void boundariesOfTheRegionAreServedToItsMembersOnly() {
        Response own = api.getAs("gemeente.enschede", "/api/v1/regions/ENS/boundaries");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("type").getStringValue()).isEqualTo("FeatureCollection");
        assertThat(own.json().get("features").size()).isEqualTo(8);
        assertThat(own.json().get("features").get(0).get("geometry").get("coordinates").get(0).get(0).values()) // Borne's first point
                .extracting(JsonNode::getDoubleValue).containsExactly(6.759, 52.332);
        assertThat(own.body()).contains("\"code\":\"GM0164\"", "\"name\":\"Hengelo\"");
        assertThat(api.getAs("gemeente.amsterdam", "/api/v1/regions/ENS/boundaries").status()).isEqualTo(404);
    }

    private static void assertError(JsonNode e, int row, String column, String code) {
        assertThat(e.get("row").getIntValue()).isEqualTo(row);
        assertThat(e.get("column").getStringValue()).isEqualTo(column);
        assertThat(e.get("code").getStringValue()).isEqualTo(code);
        assertThat(e.get("message").getStringValue()).isNotBlank();
    }
}
