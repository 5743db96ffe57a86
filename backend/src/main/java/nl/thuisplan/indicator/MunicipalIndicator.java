package nl.thuisplan.indicator;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of {@code municipal_indicator} as it is written (key: municipality, indicator, reference
 * date; the database stamps the time). The root of {@link IndicatorRepository}.
 */
@MappedEntity("municipal_indicator")
record MunicipalIndicator(@Id String municipalityCode, String indicator, LocalDate referenceDate, BigDecimal value,
                          String source, String status, String loadedBy) {
}
