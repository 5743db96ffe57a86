package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.spreadsheet.TableReader.RawCell;
import nl.thuisplan.spreadsheet.TableReader.RawRow;
import nl.thuisplan.spreadsheet.TableReader.Table;

/**
 * Turns an uploaded table into the cell changes it asks for, or into every error it contains, each
 * with its row and column. Pure: it reads nothing and writes nothing, so a dry run and the real
 * import plan the same changes. An empty cell leaves the figure as it is.
 */
final class DemandImport {

    @Serdeable
    record ImportError(int row, String column, String code, String message) {
    }

    @Serdeable
    record Change(String cell, @Nullable String oldValue, @Nullable String newValue) {
    }

    /** A planned write: the cell before (null if new) and after. */
    record Write(@Nullable Cell before, Cell after) {
    }

    record Plan(List<Write> writes, List<Change> changes, List<ImportError> errors) {
    }

    private DemandImport() {
    }

    static Plan plan(Table table, Analysis a, List<Ref> groups, List<Ref> forms, Map<String, Cell> current) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> col = columns(table.header(), names, errors);
        if (table.rows().isEmpty()) {
            errors.add(new ImportError(1, "", "EMPTY", "Het bestand bevat geen regels met cijfers."));
        }
        if (!errors.isEmpty()) {
            return new Plan(List.of(), List.of(), errors);
        }
        // the long layout names the measure in a column; the wide one (template and export) has a column per measure
        boolean longLayout = col.containsKey(DemandSheet.MEASURE);
        Map<String, Integer> seen = new HashMap<>();
        List<Write> writes = new ArrayList<>();
        for (RawRow row : table.rows()) {
            RowReader r = new RowReader(row, col, names, errors);
            if (r.isSum()) {
                continue;
            }
            r.expect(DemandSheet.MUNICIPALITY, a.regional() ? a.regionCode() : a.municipalityCode(),
                    a.regional() ? a.regionName() : a.municipalityName(), "WRONG_MUNICIPALITY", "Dit bestand hoort bij een andere gemeente.");
            r.expect(DemandSheet.YEAR, String.valueOf(a.year()), null, "WRONG_YEAR", "Dit bestand hoort bij een ander jaar.");
            String group = r.lookup(DemandSheet.GROUP, groups, "UNKNOWN_TARGET_GROUP", "Onbekende of uitgeschakelde aandachtsgroep");
            String form = r.lookup(DemandSheet.FORM, forms, "UNKNOWN_HOUSING_FORM", "Onbekende woonvorm");
            String source = r.text(DemandSheet.SOURCE);
            String note = r.text(DemandSheet.NOTE);
            if (group == null || form == null) {
                continue;
            }
            if (longLayout) {
                Measure m = r.measure();
                Integer value = r.count(DemandSheet.VALUE);
                Integer low = r.count(DemandSheet.LOW_BOUND);
                Integer high = r.count(DemandSheet.HIGH_BOUND);
                if (m == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(group + "/" + form + "/" + m, row.number());
                if (first != null) {
                    errors.add(new ImportError(row.number(), r.name(DemandSheet.MEASURE), "DUPLICATE_ROW",
                            "Deze aandachtsgroep, woonvorm en maat staan ook op regel " + first + "."));
                    continue;
                }
                plan(r, DemandSheet.LOW_BOUND, group, form, m, value, low, high, source, note, current, writes);
                continue;
            }
            Integer first = seen.putIfAbsent(group + "/" + form, row.number());
            if (first != null) {
                errors.add(new ImportError(row.number(), r.name(DemandSheet.GROUP), "DUPLICATE_ROW",
                        "Deze aandachtsgroep en woonvorm staan ook op regel " + first + "."));
                continue;
            }
            for (Measure m : Measure.values()) {
                plan(r, m.column + DemandSheet.LOW, group, form, m, r.count(m.column), r.count(m.column + DemandSheet.LOW),
                        r.count(m.column + DemandSheet.HIGH), source, note, current, writes);
            }
        }
        if (!errors.isEmpty()) {
            return new Plan(List.of(), List.of(), errors);
        }
        List<Change> changes = writes.stream().map(w -> new Change(w.after().key(),
                w.before() == null || w.before().value() == null ? null : w.before().value().toString(),
                w.after().value() == null ? null : w.after().value().toString())).toList();
        return new Plan(writes, changes, List.of());
    }

    /** One cell's write, if the row sets any of its figures and they differ from what is stored. */
    private static void plan(RowReader r, String lowColumn, String group, String form, Measure m, @Nullable Integer value,
                             @Nullable Integer low, @Nullable Integer high, @Nullable String source, @Nullable String note,
                             Map<String, Cell> current, List<Write> writes) {
        if (low != null && high != null && low > high) {
            r.error(lowColumn, "RANGE_INVERTED", "De ondergrens is groter dan de bovengrens.");
        }
        if (value == null && low == null && high == null) {
            return;
        }
        Cell before = current.get(group + "/" + form + "/" + m);
        Cell after = new Cell(group, form, m, value != null ? value : before == null ? null : before.value(),
                low != null ? low : before == null ? null : before.low(),
                high != null ? high : before == null ? null : before.high(),
                source != null ? source : before == null ? null : before.source(),
                note != null ? note : before == null ? null : before.note(), 0);
        if (before == null || !sameContent(before, after)) {
            writes.add(new Write(before, after));
        }
    }

    private static boolean sameContent(Cell x, Cell y) {
        return Objects.equals(x.value(), y.value()) && Objects.equals(x.low(), y.low()) && Objects.equals(x.high(), y.high())
                && Objects.equals(x.source(), y.source()) && Objects.equals(x.note(), y.note());
    }

    /**
     * Key → column index, for every header the layout knows by any of its names (see {@link DemandSheet#key}); {@code names}
     * gets the header as the file writes it, so an error names the column the user sees.
     */
    private static Map<String, Integer> columns(List<String> header, Map<String, String> names, List<ImportError> errors) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i).trim();
            if (text.isEmpty()) {
                continue;
            }
            String key = DemandSheet.key(text);
            if (key == null) {
                errors.add(new ImportError(1, text, "UNKNOWN_COLUMN", "Onbekende kolom '" + text
                        + "'. Gebruik de kolommen van het sjabloon."));
            } else if (col.putIfAbsent(key, i) != null) {
                errors.add(new ImportError(1, text, "DUPLICATE_COLUMN", "De kolom '" + text + "' staat er twee keer in."));
            } else {
                names.put(key, text);
            }
        }
        List<String> required = new ArrayList<>(List.of(DemandSheet.GROUP, DemandSheet.FORM));
        if (col.containsKey(DemandSheet.MEASURE)) {
            required.add(DemandSheet.VALUE);
            col.keySet().stream().filter(DemandSheet::measureColumn).sorted().forEach(k -> errors.add(new ImportError(1, names.get(k),
                    "MIXED_LAYOUT", "Een bestand met een kolom 'maat' heeft één kolom 'waarde', geen kolom '" + names.get(k) + "'.")));
        } else {
            col.keySet().stream().filter(k -> k.equals(DemandSheet.VALUE) || k.equals(DemandSheet.LOW_BOUND) || k.equals(DemandSheet.HIGH_BOUND))
                    .sorted().forEach(k -> errors.add(new ImportError(1, names.get(k), "MISSING_COLUMN",
                            "Bij de kolom '" + names.get(k) + "' hoort een kolom 'maat' (huidige vraag, nieuwe vraag per jaar of "
                                    + "benodigde woningen per jaar).")));
        }
        for (String key : required) {
            if (!col.containsKey(key)) {
                errors.add(new ImportError(1, key, "MISSING_COLUMN", "De kolom '" + key + "' ontbreekt."));
            }
        }
        return col;
    }

    /** Reads the cells of one row, adding an error for each one that is wrong. */
    private record RowReader(RawRow row, Map<String, Integer> col, Map<String, String> names, List<ImportError> errors) {

        /** The header of a column as the file has it (the key when the file lacks the column). */
        String name(String column) {
            return names.getOrDefault(column, column);
        }

        /** A subtotal or total row of the template: the workbook's own sums, which the figures above already hold. */
        boolean isSum() {
            String group = raw(DemandSheet.GROUP).text();
            boolean sumLabel = group.regionMatches(true, 0, DemandSheet.SUBTOTAL, 0, DemandSheet.SUBTOTAL.length())
                    || group.equalsIgnoreCase(DemandSheet.TOTAL);
            return sumLabel && raw(DemandSheet.FORM).blank();
        }

        RawCell raw(String column) {
            Integer i = col.get(column);
            return i == null ? new RawCell("", false) : row.cell(i);
        }

        void expect(String column, @Nullable String code, @Nullable String name, String errorCode, String message) {
            RawCell c = raw(column);
            if (!c.blank() && !c.text().equalsIgnoreCase(String.valueOf(code)) && !c.text().equalsIgnoreCase(String.valueOf(name))) {
                error(column, errorCode, message + " ('" + c.text() + "')");
            }
        }

        @Nullable String lookup(String column, List<Ref> refs, String errorCode, String message) {
            RawCell c = raw(column);
            if (c.blank()) {
                error(column, "REQUIRED", "Vul de " + column + " in.");
                return null;
            }
            for (Ref ref : refs) {
                if (ref.code().equalsIgnoreCase(c.text()) || ref.name().equalsIgnoreCase(c.text())) {
                    return ref.code();
                }
            }
            error(column, errorCode, message + ": '" + c.text() + "'.");
            return null;
        }

        @Nullable Integer count(String column) {
            RawCell c = raw(column);
            if (c.formula()) {
                error(column, "FORMULA", "Formules worden niet ingelezen; zet de waarde zelf in de cel.");
                return null;
            }
            if (c.blank()) {
                return null;
            }
            String t = c.text();
            if (t.matches("-\\d+")) {
                error(column, "NEGATIVE", "Een aantal huishoudens kan niet negatief zijn ('" + t + "').");
            } else if (t.matches("\\d+[.,]\\d+")) {
                error(column, "NOT_INTEGER", "Vul een geheel aantal in, zonder punt of komma ('" + t + "').");
            } else if (!t.matches("\\d{1,8}")) {
                error(column, "NOT_A_NUMBER", "Dit is geen aantal: '" + abbreviate(t) + "'.");
            } else if (Integer.parseInt(t) > CellInput.MAX_VALUE) {
                error(column, "TOO_LARGE", "Dit aantal is onwaarschijnlijk groot ('" + t + "').");
            } else {
                return Integer.parseInt(t);
            }
            return null;
        }

        @Nullable String text(String column) {
            RawCell c = raw(column);
            if (c.formula() || (!c.blank() && "=+@".indexOf(c.text().charAt(0)) >= 0)) {
                error(column, "FORMULA", "Formules worden niet ingelezen.");
                return null;
            }
            if (c.text().length() > CellInput.MAX_TEXT) {
                error(column, "TOO_LONG", "Maximaal " + CellInput.MAX_TEXT + " tekens.");
                return null;
            }
            return c.blank() ? null : c.text();
        }

        @Nullable Measure measure() {
            RawCell c = raw(DemandSheet.MEASURE);
            if (c.blank()) {
                error(DemandSheet.MEASURE, "REQUIRED", "Vul de maat in.");
                return null;
            }
            Measure m = DemandSheet.measure(c.text());
            if (m == null) {
                error(DemandSheet.MEASURE, "UNKNOWN_MEASURE", "Onbekende maat '" + abbreviate(c.text())
                        + "'. Mogelijk: huidige vraag, nieuwe vraag per jaar, benodigde woningen per jaar.");
            }
            return m;
        }

        void error(String column, String code, String message) {
            errors.add(new ImportError(row.number(), name(column), code, message));
        }

        private static String abbreviate(String t) {
            return t.length() > 40 ? t.substring(0, 40) + "…" : t;
        }
    }
}
