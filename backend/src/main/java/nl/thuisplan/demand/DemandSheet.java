package nl.thuisplan.demand;

import java.util.ArrayList;
import java.util.List;

/**
 * The column layout shared by the template, the export and the import, so an exported file can be
 * edited and imported again. One row per target group × housing form; range, source and note per
 * row (the source and note apply to every figure the row sets).
 */
final class DemandSheet {

    static final String MUNICIPALITY = "gemeente";
    static final String YEAR = "jaar";
    static final String GROUP = "aandachtsgroep";
    static final String FORM = "woonvorm";
    static final String SOURCE = "bron";
    static final String NOTE = "toelichting";
    static final String LOW = "_laag";
    static final String HIGH = "_hoog";

    private DemandSheet() {
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of(MUNICIPALITY, YEAR, GROUP, FORM));
        for (Measure m : Measure.values()) {
            h.add(m.column);
            h.add(m.column + LOW);
            h.add(m.column + HIGH);
        }
        h.add(SOURCE);
        h.add(NOTE);
        return h;
    }
}
