package nl.thuisplan.indicator;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored figure: its value, the date it describes, where it came from and how sure it is. */
@Serdeable
public record IndicatorValue(BigDecimal value, LocalDate referenceDate, String source, String status) {
}
