package nl.thuisplan.demand;

/** The three figures per target group and housing form. */
public enum Measure {
    /** Households with a housing need now. */
    STOCK("huidige_vraag", "Huidige vraag"),
    /** New demand per year. */
    INFLOW("nieuwe_vraag_per_jaar", "Nieuwe vraag per jaar"),
    /** Expected moves to a home per year: the homes needed. */
    MOVES("benodigde_woningen_per_jaar", "Benodigde woningen per jaar");

    /** The column's key in templates and imports (the header of the first templates). */
    final String column;
    /** The column's Dutch header in templates and exports. */
    final String title;

    Measure(String column, String title) {
        this.column = column;
        this.title = title;
    }
}
