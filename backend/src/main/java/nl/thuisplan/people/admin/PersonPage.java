package nl.thuisplan.people.admin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of the people list and how many match in total. */
@Serdeable
public record PersonPage(List<PersonSummary> items, long total) {
}
