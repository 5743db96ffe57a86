package nl.thuisplan.demand;

/**
 * A municipality's state in the region overview: the status of its latest analysis for the year, or
 * {@link #NOT_STARTED} when it has none yet (which no analysis can have, hence not a {@link DemandStatus}).
 */
public enum DemandOverviewStatus {
    NOT_STARTED("Niet gestart"), CONCEPT("Concept"), SUBMITTED("Ingediend"), RETURNED("Teruggestuurd"), ADOPTED("Vastgesteld");

    /** As the overview on screen says it, for exports. */
    public final String label;

    DemandOverviewStatus(String label) {
        this.label = label;
    }

    static DemandOverviewStatus of(@io.micronaut.core.annotation.Nullable DemandStatus stored) {
        return stored == null ? NOT_STARTED : valueOf(stored.name());
    }
}
