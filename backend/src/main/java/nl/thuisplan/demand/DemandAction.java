package nl.thuisplan.demand;

/** The steps a person can take with one version of a demand analysis; see docs/demand-workflow.md. */
public enum DemandAction {
    SUBMIT, RETURN, ADOPT, REOPEN;

    /** The state the step leads to; REOPEN starts a new version in {@link DemandStatus#CONCEPT}. */
    DemandStatus target() {
        return switch (this) {
            case SUBMIT -> DemandStatus.SUBMITTED;
            case RETURN -> DemandStatus.RETURNED;
            case ADOPT -> DemandStatus.ADOPTED;
            case REOPEN -> DemandStatus.CONCEPT;
        };
    }

    /** The states the step starts from (the guard of its write; REOPEN writes a new version instead). */
    java.util.List<DemandStatus> sources() {
        return switch (this) {
            case SUBMIT -> java.util.List.of(DemandStatus.CONCEPT, DemandStatus.RETURNED);
            case RETURN, ADOPT -> java.util.List.of(DemandStatus.SUBMITTED);
            case REOPEN -> java.util.List.of(DemandStatus.ADOPTED);
        };
    }

    /** Dutch past participle for messages ("kan niet worden ingediend"). */
    String participle() {
        return switch (this) {
            case SUBMIT -> "ingediend";
            case RETURN -> "teruggestuurd";
            case ADOPT -> "vastgesteld";
            case REOPEN -> "heropend";
        };
    }
}
