package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One stored local deviation, as {@link DeviationRepository} reads it. */
@MappedEntity("urgency_deviation")
record DeviationRow(@Id @MappedProperty("deviation_id") long id, long quotaId, @MappedProperty("municipality_code") String municipality, @Nullable BigDecimal share, @Nullable Integer perYear,
                    String reason, DeviationStatus status, String proposedBy, OffsetDateTime proposedAt,
                    @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt) {
}
