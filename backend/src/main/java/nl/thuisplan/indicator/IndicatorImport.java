package nl.thuisplan.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisplan.spreadsheet.TableReader.RawRow;
import nl.thuisplan.spreadsheet.TableReader.Table;

/**
 * Turns a table into indicator writes, or into errors with row and column: pure, no database.
 * Two layouts are recognised by their header. The simple one names every figure
 * ({@code gemeentecode, indicator, peildatum, waarde, bron}); its rows must all belong to the
 * region. A CBS StatLine export ({@code RegioS, Perioden} and measure columns) usually covers the
 * whole country, so its rows for municipalities outside the region are skipped, not refused.
 */
final class IndicatorImport {

    static final int MAX_ROWS = 50_000;

    @Serdeable
    record ImportError(int row, String column, String code, String message) {
    }

    @Serdeable
    record Change(String municipality, String indicator, LocalDate referenceDate, @Nullable String oldValue, String newValue) {
    }

    record Plan(String layout, List<IndicatorRepository.Write> writes, int skipped, List<ImportError> errors) {
    }

    /** CBS measure keys (without the "_1" suffix StatLine adds) and what they mean here. */
    private static final Map<String, Indicator> CBS_MEASURES = Map.ofEntries(
            Map.entry("totalebevolking", Indicator.INHABITANTS),
            Map.entry("bevolkingaanhetbeginvandeperiode", Indicator.INHABITANTS),
            Map.entry("bevolkingop1januari", Indicator.INHABITANTS),
            Map.entry("aantalinwoners", Indicator.INHABITANTS),
            Map.entry("huishoudens", Indicator.HOUSEHOLDS),
            Map.entry("particulierehuishoudens", Indicator.HOUSEHOLDS),
            Map.entry("totaalparticulierehuishoudens", Indicator.HOUSEHOLDS),
            Map.entry("huishoudenstotaal", Indicator.HOUSEHOLDS),
            Map.entry("inbezitwoningcorporatie", Indicator.SOCIAL_RENTAL_STOCK),
            Map.entry("huurwoningenwoningcorporatie", Indicator.SOCIAL_RENTAL_STOCK));

    private static final Pattern CBS_PERIOD = Pattern.compile("(\\d{4})(JJ00|MM(0[1-9]|1[0-2]))");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}([.,]\\d{1,2})?");

    private IndicatorImport() {
    }

    /**
     * @param members  the region's current members (CBS code → name)
     * @param known    every municipality code in the country, to tell a typo from a non-member
     */
    static Plan plan(Table table, Set<String> members, Set<String> known, String fileName) {
        List<ImportError> errors = new ArrayList<>();
        if (table.rows().isEmpty()) {
            errors.add(new ImportError(1, "", "EMPTY_FILE", "Het bestand bevat geen regels met cijfers."));
            return new Plan("?", List.of(), 0, errors);
        }
        if (table.rows().size() > MAX_ROWS) {
            errors.add(new ImportError(1, "", "TOO_MANY_ROWS", "Het bestand heeft meer dan " + MAX_ROWS + " regels."));
            return new Plan("?", List.of(), 0, errors);
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            col.putIfAbsent(table.header().get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        return col.containsKey("regios") && col.containsKey("perioden")
                ? cbs(table, col, members, errors)
                : simple(table, col, members, known, fileName, errors);
    }

    private static Plan simple(Table table, Map<String, Integer> col, Set<String> members, Set<String> known,
                               String fileName, List<ImportError> errors) {
        for (String required : List.of("gemeentecode", "indicator", "peildatum", "waarde")) {
            if (!col.containsKey(required)) {
                errors.add(new ImportError(1, required, "MISSING_COLUMN", "De kolom '" + required + "' ontbreekt. "
                        + "Verwacht: gemeentecode, indicator, peildatum, waarde, bron (of een CBS StatLine-export met RegioS en Perioden)."));
            }
        }
        if (!errors.isEmpty()) {
            return new Plan("SIMPLE", List.of(), 0, errors);
        }
        Integer sourceCol = col.get("bron");
        List<IndicatorRepository.Write> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : table.rows()) {
            String code = row.cell(col.get("gemeentecode")).text().toUpperCase(Locale.ROOT);
            String indicatorCode = row.cell(col.get("indicator")).text().toLowerCase(Locale.ROOT);
            String dateText = row.cell(col.get("peildatum")).text();
            int before = errors.size();
            if (!known.contains(code)) {
                errors.add(new ImportError(row.number(), "gemeentecode", "UNKNOWN_MUNICIPALITY",
                        "'" + code + "' is geen CBS-gemeentecode (zoals GM0363)."));
            } else if (!members.contains(code)) {
                errors.add(new ImportError(row.number(), "gemeentecode", "NOT_IN_REGION",
                        code + " hoort niet (meer) bij deze regio."));
            }
            Indicator indicator = Indicator.byCode(indicatorCode).filter(Indicator::stored).orElse(null);
            if (indicator == null) {
                errors.add(new ImportError(row.number(), "indicator", "UNKNOWN_INDICATOR", "Onbekende indicator '"
                        + indicatorCode + "'. Mogelijk: inhabitants, households, social_rental_stock, lettings, existing_places."));
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(dateText);
                if (date.getYear() < 1990 || date.getYear() > 2100) {
                    throw new DateTimeParseException("out of range", dateText, 0);
                }
            } catch (DateTimeParseException e) {
                errors.add(new ImportError(row.number(), "peildatum", "BAD_DATE",
                        "'" + dateText + "' is geen datum als 2025-01-01 (tussen 1990 en 2100)."));
            }
            BigDecimal value = number(row.cell(col.get("waarde")).text(), row.number(), "waarde", errors);
            String source = sourceCol == null || row.cell(sourceCol).blank() ? "Import " + fileName : row.cell(sourceCol).text();
            if (source.length() > 200) {
                errors.add(new ImportError(row.number(), "bron", "TOO_LONG", "De bron is langer dan 200 tekens."));
            }
            if (errors.size() == before) {
                if (!seen.add(IndicatorRepository.key(code, indicator.code, date))) {
                    errors.add(new ImportError(row.number(), "indicator", "DUPLICATE",
                            "Deze gemeente, indicator en peildatum staan al eerder in het bestand."));
                } else {
                    writes.add(new IndicatorRepository.Write(code, indicator.code, date, value, source, "VERIFIED"));
                }
            }
        }
        return new Plan("SIMPLE", errors.isEmpty() ? writes : List.of(), 0, errors);
    }

    private static Plan cbs(Table table, Map<String, Integer> col, Set<String> members, List<ImportError> errors) {
        Map<Integer, Indicator> measures = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String key = table.header().get(i).trim().toLowerCase(Locale.ROOT).replaceAll("_\\d+$", "");
            Indicator indicator = CBS_MEASURES.get(key);
            if (indicator != null) {
                measures.put(i, indicator);
            }
        }
        if (measures.isEmpty()) {
            errors.add(new ImportError(1, "", "MISSING_COLUMN", "Geen bekende CBS-kolom gevonden (zoals TotaleBevolking_1 "
                    + "of ParticuliereHuishoudens_1)."));
            return new Plan("CBS", List.of(), 0, errors);
        }
        List<IndicatorRepository.Write> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        for (RawRow row : table.rows()) {
            String region = row.cell(col.get("regios")).text().trim().toUpperCase(Locale.ROOT);
            if (!members.contains(region)) {
                skipped++;
                continue;
            }
            String period = row.cell(col.get("perioden")).text().trim();
            Matcher m = CBS_PERIOD.matcher(period);
            if (!m.matches()) {
                errors.add(new ImportError(row.number(), "Perioden", "BAD_DATE",
                        "'" + period + "' is geen CBS-periode als 2025JJ00 of 2025MM01."));
                continue;
            }
            int month = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
            for (var measure : measures.entrySet()) {
                String text = row.cell(measure.getKey()).text().trim();
                if (text.isEmpty() || text.equals(".")) {
                    continue; // StatLine's "unknown": nothing to store
                }
                String column = table.header().get(measure.getKey());
                BigDecimal value = number(text, row.number(), column, errors);
                if (value == null) {
                    continue;
                }
                if (!seen.add(IndicatorRepository.key(region, measure.getValue().code, date))) {
                    errors.add(new ImportError(row.number(), column, "DUPLICATE",
                            "Deze gemeente, indicator en periode staan al eerder in het bestand."));
                    continue;
                }
                writes.add(new IndicatorRepository.Write(region, measure.getValue().code, date, value,
                        "CBS StatLine (" + column + ")", "VERIFIED"));
            }
        }
        return new Plan("CBS", errors.isEmpty() ? writes : List.of(), skipped, errors);
    }

    private static BigDecimal number(String text, int row, String column, List<ImportError> errors) {
        String t = text.trim();
        if (t.startsWith("-")) {
            errors.add(new ImportError(row, column, "NEGATIVE", "Een indicator kan niet negatief zijn."));
            return null;
        }
        if (!NUMBER.matcher(t).matches()) {
            errors.add(new ImportError(row, column, "NOT_A_NUMBER",
                    "'" + t + "' is geen getal (hele getallen, of met hoogstens twee decimalen; geen duizendtallen-scheiding)."));
            return null;
        }
        return new BigDecimal(t.replace(',', '.'));
    }
}
