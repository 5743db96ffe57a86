package nl.thuisplan.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

/** Exactly one of the two console appenders writes, whatever THUISPLAN_LOG_FORMAT holds. */
class LogFormatFilterTest {

    @Test
    void plainWritesPlainLinesAndEverythingElseJson() {
        for (String chosen : new String[] {"json", "plain", " Plain ", "", "yaml"}) {
            boolean plain = chosen.trim().equalsIgnoreCase("plain");
            assertThat(reply("json", chosen)).as(chosen).isEqualTo(plain ? FilterReply.DENY : FilterReply.NEUTRAL);
            assertThat(reply("plain", chosen)).as(chosen).isEqualTo(plain ? FilterReply.NEUTRAL : FilterReply.DENY);
        }
    }

    private static FilterReply reply(String format, String chosen) {
        LogFormatFilter filter = new LogFormatFilter();
        filter.setFormat(format);
        filter.setChosen(chosen);
        filter.start();
        return filter.decide(null);
    }
}
