package nl.thuisplan.demand;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column layout shared by the template, the export and the import, so an exported file can be
 * edited and imported again. One row per target group × housing form; range, source and note per
 * row (the source and note apply to every figure the row sets).
 *
 * <p>Each column has a key (the header of the first templates, still accepted) and a Dutch title (the
 * header written today). The import reads a header by its {@link #key key}: the title, the old key and
 * the English names of older files all come to the same key.
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
    /** The long layout: one row per group × form × measure, with the measure named in a column of its own. */
    static final String MEASURE = "maat";
    static final String VALUE = "waarde";
    static final String LOW_BOUND = "ondergrens";
    static final String HIGH_BOUND = "bovengrens";
    private static final List<String> LONG_KEYS = List.of(MEASURE, VALUE, LOW_BOUND, HIGH_BOUND);
    /** The first word of a subtotal or total row in the group column: such rows are the workbook's own sums, not input. */
    static final String SUBTOTAL = "Subtotaal";
    static final String TOTAL = "Totaal";

    /** English and older names of the same columns (after {@link #normalise}). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("municipality", MUNICIPALITY), Map.entry("gemeentecode", MUNICIPALITY), Map.entry("cbs_code", MUNICIPALITY),
            Map.entry("year", YEAR),
            Map.entry("target_group", GROUP), Map.entry("targetgroup", GROUP), Map.entry("group", GROUP),
            Map.entry("housing_form", FORM), Map.entry("housingform", FORM), Map.entry("form", FORM),
            Map.entry("source", SOURCE), Map.entry("note", NOTE), Map.entry("remark", NOTE),
            Map.entry("stock", Measure.STOCK.column), Map.entry("current_demand", Measure.STOCK.column),
            Map.entry("inflow", Measure.INFLOW.column), Map.entry("new_demand_per_year", Measure.INFLOW.column),
            Map.entry("moves", Measure.MOVES.column), Map.entry("homes_needed_per_year", Measure.MOVES.column),
            Map.entry("measure", MEASURE), Map.entry("value", VALUE), Map.entry("aantal", VALUE),
            Map.entry("laag", LOW_BOUND), Map.entry("low", LOW_BOUND), Map.entry("hoog", HIGH_BOUND), Map.entry("high", HIGH_BOUND));

    private DemandSheet() {
    }

    /** The keys, in the order of the columns. */
    static List<String> header() {
        return new ArrayList<>(titles().keySet());
    }

    /** Key → the Dutch title the template and export write. */
    static Map<String, String> titles() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(MUNICIPALITY, "Gemeente");
        t.put(YEAR, "Jaar");
        t.put(GROUP, "Aandachtsgroep");
        t.put(FORM, "Woonvorm");
        for (Measure m : Measure.values()) {
            t.put(m.column, m.title);
            t.put(m.column + LOW, m.title + " ondergrens");
            t.put(m.column + HIGH, m.title + " bovengrens");
        }
        t.put(SOURCE, "Bron");
        t.put(NOTE, "Toelichting");
        return t;
    }

    static List<String> dutchHeader() {
        return new ArrayList<>(titles().values());
    }

    /** The key a header names, or null for a column we do not know: "Huidige vraag (ondergrens)", "huidige_vraag_laag" and "stock_low" agree. */
    static String key(String header) {
        String n = normalise(header);
        for (String[] suffix : new String[][] {{"_ondergrens", LOW}, {"_low", LOW}, {"_bovengrens", HIGH}, {"_high", HIGH}}) {
            if (n.endsWith(suffix[0]) || n.endsWith(suffix[1])) {
                String base = n.substring(0, n.length() - (n.endsWith(suffix[0]) ? suffix[0] : suffix[1]).length());
                String measure = ALIASES.getOrDefault(base, base);
                return isMeasure(measure) ? measure + suffix[1] : null;
            }
        }
        String k = ALIASES.getOrDefault(n, n);
        return titles().containsKey(k) || LONG_KEYS.contains(k) ? k : null;
    }

    /** The measure a cell of the long layout names: "Huidige vraag", "huidige_vraag", "STOCK" or "stock". */
    static Measure measure(String text) {
        String n = normalise(text);
        for (Measure m : Measure.values()) {
            if (n.equals(m.column) || n.equals(m.name().toLowerCase(Locale.ROOT)) || m.column.equals(ALIASES.get(n))) {
                return m;
            }
        }
        return null;
    }

    static boolean measureColumn(String key) {
        String base = key.endsWith(LOW) ? key.substring(0, key.length() - LOW.length())
                : key.endsWith(HIGH) ? key.substring(0, key.length() - HIGH.length()) : key;
        return isMeasure(base);
    }

    private static boolean isMeasure(String key) {
        for (Measure m : Measure.values()) {
            if (m.column.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents off, every run of other characters one underscore: "Bron " and "bron" are one column. */
    static String normalise(String header) {
        String plain = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
