package nl.thuisplan.observability;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Locale;

/**
 * Lets exactly one of logback.xml's two console appenders write, by THUISPLAN_LOG_FORMAT: the plain one
 * when it says {@code plain}, else the JSON one (so a typo still logs, as JSON). Both appenders stay
 * referenced, so logback has nothing to warn about and prints no status lines of its own into the log.
 */
public class LogFormatFilter extends Filter<ILoggingEvent> {

    static final String PLAIN = "plain";
    static final String JSON = "json";

    private String format = JSON;
    private String chosen = JSON;
    private boolean writes = true;

    /** The format of the appender this filter guards: {@code json} or {@code plain}. */
    public void setFormat(String format) {
        this.format = format.trim().toLowerCase(Locale.ROOT);
    }

    /** What the environment asks for. */
    public void setChosen(String chosen) {
        this.chosen = chosen.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void start() {
        writes = format.equals(PLAIN) == chosen.equals(PLAIN);
        super.start();
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return writes ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
