package nl.thuisplan.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text[] literals the repositories bind and read, on their own. */
class TextArraysTest {

    @Test
    void plainCodesRoundTrip() {
        assertThat(TextArrays.encode(List.of("uitstroom_mo", "medisch"))).isEqualTo("{\"uitstroom_mo\",\"medisch\"}");
        assertThat(TextArrays.decode("{uitstroom_mo,medisch}")).containsExactly("uitstroom_mo", "medisch");
        assertThat(TextArrays.decode("{}")).isEmpty();
        assertThat(TextArrays.encode(List.of())).isEqualTo("{}");
    }

    @Test
    void quotesCommasAndBackslashesSurvive() {
        List<String> values = List.of("a,b", "say \"hi\"", "back\\slash", "");
        assertThat(TextArrays.decode(TextArrays.encode(values))).containsExactlyElementsOf(values);
        // as PostgreSQL writes them: quoted only where needed
        assertThat(TextArrays.decode("{plain,\"a,b\",\"say \\\"hi\\\"\"}")).containsExactly("plain", "a,b", "say \"hi\"");
    }

    @Test
    void idsAreWrittenAsBigintLiterals() {
        assertThat(TextArrays.encodeLongs(List.of(3L, 17L))).isEqualTo("{3,17}");
        assertThat(TextArrays.encodeLongs(List.of())).isEqualTo("{}");
    }
}
