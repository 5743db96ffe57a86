package nl.thuisplan.woonzorgvisie.document;

/**
 * What a person can do with woonzorgvisies. {@link #CREATE_DOCUMENT} (for any member gemeente or
 * deelregio) and {@link #CREATE_OWN_DOCUMENT} (for the caller's own gemeente) are listed on the region
 * ({@code GET /regions/{region}/allowed-actions}); the others on a document.
 */
public enum DocumentAction {
    CREATE_DOCUMENT, CREATE_OWN_DOCUMENT,
    EDIT, TAKE_TEMPLATE_CHANGES, SUBMIT, COMMENT, RESOLVE_COMMENT, RETURN, ADOPT;

    /**
     * The audit event's action for the status change this action makes: the audit has always named
     * the step in the past tense ({@code SUBMITTED} while the status becomes {@code IN_REVIEW}).
     */
    String audited() {
        return switch (this) {
            case SUBMIT -> "SUBMITTED";
            case RETURN -> "RETURNED";
            case ADOPT -> DocumentStatus.ADOPTED.name();
            default -> name();
        };
    }
}
