package nl.thuisplan.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one place the completeness thresholds live: levels, the Dutch line, and adding areas up. */
class CompletenessTest {

    @Test
    void levelsFollowTheShareOfKnownMunicipalities() {
        assertThat(Completeness.of(82, 82).level()).isEqualTo("COMPLETE");
        assertThat(Completeness.of(41, 82).level()).isEqualTo("PARTIAL");
        assertThat(Completeness.of(40, 82).level()).isEqualTo("LOW");
        assertThat(Completeness.of(1, 82).level()).isEqualTo("LOW");
        assertThat(Completeness.of(0, 82).level()).isEqualTo("NONE");
        assertThat(Completeness.of(0, 0).level()).as("nothing expected, nothing missing").isEqualTo("COMPLETE");
        assertThat(Completeness.of(1, 82).ratioShown()).isFalse();
        assertThat(Completeness.of(41, 82).ratioShown()).isTrue();
        assertThat(Completeness.of(81, 82).complete()).isFalse();
    }

    @Test
    void theLineSaysOnWhatAFigureRests() {
        assertThat(Completeness.of(1, 82).text()).isEqualTo("op basis van 1 van 82 gemeenten");
        assertThat(Completeness.of(82, 82).text()).isEqualTo("op basis van alle 82 gemeenten");
        assertThat(Completeness.one(false).text()).startsWith("onbekend");
        assertThat(Completeness.one(true).level()).isEqualTo("COMPLETE");
    }

    @Test
    void areasAddUp() {
        Completeness region = Completeness.one(true).plus(Completeness.one(false)).plus(Completeness.one(false));
        assertThat(region.known()).isEqualTo(1);
        assertThat(region.expected()).isEqualTo(3);
        assertThat(region.level()).isEqualTo("LOW");
        assertThat(Completeness.of(5, 3).known()).as("never more known than expected").isEqualTo(3);
    }
}
