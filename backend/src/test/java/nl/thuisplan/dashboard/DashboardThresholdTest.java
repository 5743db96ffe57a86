package nl.thuisplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The threshold of small counts is a setting ({@code thuisplan.dashboard.min-count}); the map's
 * texts and the answers name the configured one, not a fixed 5. Year 2094 belongs to this test.
 */
@MicronautTest(transactional = false)
class DashboardThresholdTest extends ApiTest {

    private static final int YEAR = 2094;
    private static final String Q = "?year=" + YEAR + "&targetGroup=alle";

    @Inject
    Api api;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("thuisplan.dashboard.min-count", "10");
        return p;
    }

    @BeforeAll
    void seed() throws SQLException {
        // Hengelo needs 7 homes: shown under the default threshold of 5, hidden under 10
        DashboardSeed.adopted("ENS", "GM0153", YEAR, "uitstroom_bw", 40, 12, 30);
        DashboardSeed.adopted("ENS", "GM0164", YEAR, "uitstroom_bw", 20, 6, 7);
    }

    private JsonNode get(String user, String path) {
        Response r = api.getAs(user, "/api/v1/dashboard" + path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theMapTextNamesTheConfiguredThreshold() {
        JsonNode map = get("provincie.overijssel", "/map" + Q);
        assertThat(map.get("threshold").getIntValue()).isEqualTo(10);
        JsonNode hengelo = null;
        for (JsonNode v : map.get("values").values()) {
            assertThat(v.get("text").getStringValue()).doesNotContain("minder dan 5");
            if (v.get("municipality").getStringValue().equals("GM0164")) {
                hengelo = v;
            }
        }
        assertThat(hengelo).isNotNull();
        assertThat(hengelo.get("level").getStringValue()).isEqualTo("MUNICIPALITY");
        assertThat(hengelo.get("suppressed").getBooleanValue()).isTrue();
        assertThat(hengelo.get("movesPerThousand").isNull()).isTrue();
        assertThat(hengelo.get("text").getStringValue()).isEqualTo("minder dan 10 woningen (niet getoond)");
    }

    @Test
    void everyAnswerCarriesTheConfiguredThreshold() {
        assertThat(get("provincie.overijssel", "/filters").get("threshold").getIntValue()).isEqualTo(10);
        assertThat(get("provincie.overijssel", "/regions" + Q).get("threshold").getIntValue()).isEqualTo(10);
        JsonNode ens = get("provincie.overijssel", "/regions/ENS/municipalities" + Q);
        assertThat(ens.get("threshold").getIntValue()).isEqualTo(10);
        String hengelo = null;
        for (JsonNode r : ens.get("rows").values()) {
            JsonNode code = r.get("area").get("code");
            if (code != null && !code.isNull() && code.getStringValue().equals("GM0164")) {
                hengelo = r.get("moves").get("text").getStringValue();
            }
        }
        assertThat(hengelo).isEqualTo("<10");
    }
}
