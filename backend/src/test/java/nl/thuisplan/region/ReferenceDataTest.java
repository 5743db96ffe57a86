package nl.thuisplan.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The six koploper regions and their 83 municipalities arrive as the shipped CSV describes. */
@MicronautTest(transactional = false)
class ReferenceDataTest extends ApiTest {

    @Inject
    Api api;

    @Test
    void regionsHaveTheirCurrentMembers() {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode r : api.getAs("beheerder", "/api/v1/regions").json().values()) {
            counts.put(r.get("code").getStringValue(), r.get("municipalityCount").getIntValue());
        }
        // GMR: 18 in the CSV, Montferland left on 2025-01-01; HGL: both lists' union of 10, 3 to be confirmed
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MRA", 30, "ENS", 8, "GRO", 10, "HGL", 10, "PSL", 7, "GMR", 17));
    }

    @Test
    void montferlandIsAFormerMemberOfTheGroeneMetropoolregio() {
        JsonNode montferland = member("GMR", "GM1955");
        assertThat(montferland.get("validTo").getStringValue()).isEqualTo("2024-12-31");
        assertThat(member("GMR", "GM0268").get("validTo").isNull()).isTrue();
    }

    @Test
    void haaglandenMembersOnOnlyOneOfTheTwoListsAreToBeConfirmed() {
        assertThat(member("HGL", "GM0603").get("confirmed").getBooleanValue()).isFalse(); // Rijswijk
        assertThat(member("HGL", "GM1783").get("confirmed").getBooleanValue()).isFalse(); // Westland
        assertThat(member("HGL", "GM0626").get("confirmed").getBooleanValue()).isFalse(); // Voorschoten
        assertThat(member("HGL", "GM0518").get("confirmed").getBooleanValue()).isTrue();  // Den Haag
    }

    @Test
    void inhabitantsCarryTheirReferenceDateSourceAndFlag() {
        JsonNode amsterdam = member("MRA", "GM0363").get("inhabitants");
        assertThat(amsterdam.get("value").getLongValue()).isEqualTo(931_298L);
        assertThat(amsterdam.get("referenceDate").getStringValue()).isEqualTo("2024-01-01");
        assertThat(amsterdam.get("status").getStringValue()).isEqualTo("VERIFIED");

        JsonNode diemen = member("MRA", "GM0384").get("inhabitants");
        assertThat(diemen.get("status").getStringValue()).isEqualTo("APPROXIMATE");
        assertThat(diemen.get("source").getStringValue()).contains("Schatting");

        // the newest figure wins: Groningen's note carries the CBS figure of 1-1-2026
        JsonNode groningen = member("GRO", "GM0014").get("inhabitants");
        assertThat(groningen.get("value").getLongValue()).isEqualTo(244_829L);
        assertThat(groningen.get("referenceDate").getStringValue()).isEqualTo("2026-01-01");
    }

    @Test
    void mraMunicipalitiesCarryTheirDeelregio() {
        assertThat(member("MRA", "GM0384").get("subregion").get("name").getStringValue()).isEqualTo("Amstelland-Meerlanden");
        assertThat(member("ENS", "GM0153").get("subregion").isNull()).isTrue();
    }

    private JsonNode member(String region, String code) {
        for (JsonNode m : api.getAs("beheerder", "/api/v1/regions/" + region).json().get("municipalities").values()) {
            if (m.get("code").getStringValue().equals(code)) {
                return m;
            }
        }
        throw new AssertionError(code + " is not a member of " + region);
    }
}
