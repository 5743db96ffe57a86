package nl.thuisplan.woonzorgvisie.document;

import java.util.Optional;

/**
 * The states of a woonzorgvisie; see docs/woonzorgvisie-workflow.md. {@link #APPROVED}: the region gave its akkoord
 * on a gemeente's document, which waits for its gemeenteraad. An adopted document never changes.
 */
public enum DocumentStatus {
    CONCEPT("Concept"), IN_REVIEW("In beoordeling"), APPROVED("Akkoord van de regio"), ADOPTED("Vastgesteld");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    /** How a reader sees the state, e.g. on a cover. */
    public String label() {
        return label;
    }

    /** The status a text names, if it names one (a rendered report may carry another label). */
    public static Optional<DocumentStatus> of(String name) {
        for (DocumentStatus s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
