package nl.thuisplan.woonzorgvisie.document;

/**
 * What a person can do with woonzorgvisies. {@link #CREATE_DOCUMENT} (for any member gemeente or
 * deelregio) and {@link #CREATE_OWN_DOCUMENT} (for the caller's own gemeente) are listed on the region
 * ({@code GET /regions/{region}/allowed-actions}); the others on a document. A gemeente's document is
 * approved by the region ({@link #APPROVE}, the akkoord) and adopted by its gemeenteraad, which the gemeente
 * records ({@link #RECORD_ADOPTION}); the region adopts ({@link #ADOPT}) only its own deelregio documents.
 */
public enum DocumentAction {
    CREATE_DOCUMENT, CREATE_OWN_DOCUMENT,
    EDIT, TAKE_TEMPLATE_CHANGES, SUBMIT, COMMENT, RESOLVE_COMMENT, RETURN, APPROVE, ADOPT, RECORD_ADOPTION;

    /**
     * The audit event's action for the status change this action makes: the audit has always named
     * the step in the past tense ({@code SUBMITTED} while the status becomes {@code IN_REVIEW}).
     */
    String audited() {
        return switch (this) {
            case SUBMIT -> "SUBMITTED";
            case RETURN -> "RETURNED";
            case APPROVE -> DocumentStatus.APPROVED.name();
            case ADOPT, RECORD_ADOPTION -> DocumentStatus.ADOPTED.name();
            default -> name();
        };
    }
}
