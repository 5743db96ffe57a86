package nl.thuisplan.mywork;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** When the person of a membership last marked the news on "Mijn werk" as seen. */
@MappedEntity("my_work_visit")
record Visit(@Id long membershipId, Instant seenAt) {
}
