package nl.thuisplan.people.admin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A bulk invitation: how many rows the file had and how many persons were invited (0 on a dry run).
 * A file with any error invites nobody and is refused (422 with {@code errors}, each with its row
 * and column); {@code errors} here is then empty.
 */
@Serdeable
public record InvitationBulkResult(int rows, int invited, List<InvitationBulkError> errors) {
}
