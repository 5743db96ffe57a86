package nl.thuisplan.people.admin;

import io.micronaut.serde.annotation.Serdeable;

/** One refused cell of a bulk invitation file: the row as the spreadsheet numbers it (header = 1) and the column's name. */
@Serdeable
public record InvitationBulkError(int row, String column, String code, String message) {
}
