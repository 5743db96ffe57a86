package nl.thuisplan.demand;

/** The three figures per target group and housing form. */
public enum Measure {
    /** Households with a housing need now. */
    STOCK("huidige_vraag"),
    /** New demand per year. */
    INFLOW("nieuwe_vraag_per_jaar"),
    /** Expected moves to a home per year: the homes needed. */
    MOVES("benodigde_woningen_per_jaar");

    /** The column name in templates and exports. */
    final String column;

    Measure(String column) {
        this.column = column;
    }
}
