package nl.thuisplan.allocation.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Report data shaped like a real scenario (MRA-like names first, then numbered municipalities),
 * shared by the report test and bench/allocation-report.sh. Targets are a genuine largest-remainder
 * allocation of the total, so the table adds up.
 */
public final class ReportFixtures {

    /** 13:05 UTC is 14:05 in Amsterdam in November (CET): the footer must show local time. */
    public static final Instant GENERATED_AT = Instant.parse("2026-11-23T13:05:00Z");

    private static final String[][] NAMES = {
            {"GM0363", "Amsterdam"}, {"GM0362", "Amstelveen"}, {"GM0384", "Diemen"}, {"GM0437", "Ouder-Amstel"},
            {"GM0479", "Zaanstad"}, {"GM0394", "Haarlemmermeer"}, {"GM0392", "Haarlem"}, {"GM0473", "Zandvoort"},
            {"GM0453", "Velsen"}, {"GM0375", "Beverwijk"}, {"GM0396", "Heemskerk"}, {"GM0358", "Aalsmeer"},
            {"GM0451", "Uithoorn"}, {"GM0439", "Purmerend"}, {"GM0385", "Edam-Volendam"}, {"GM0852", "Waterland"},
            {"GM0415", "Landsmeer"}, {"GM0880", "Wormerland"}, {"GM0034", "Almere"}, {"GM0995", "Lelystad"},
    };

    private ReportFixtures() {
    }

    public static AllocationReportData sample(int municipalities, int stepCount) {
        int total = 150 * municipalities + 7;
        long[] inhabitants = new long[municipalities];
        for (int i = 0; i < municipalities; i++) {
            inhabitants[i] = i == 0 ? 931_298 : 9_000 + (i * 7_919L) % 160_000;
        }
        int[] targets = largestRemainder(inhabitants, total);
        long sum = 0;
        for (long n : inhabitants) {
            sum += n;
        }
        List<AllocationReportData.Row> rows = new ArrayList<>();
        for (int i = 0; i < municipalities; i++) {
            String code = i < NAMES.length ? NAMES[i][0] : String.format("GM%04d", 1000 + i);
            String name = i < NAMES.length ? NAMES[i][1] : "Gemeente " + (i + 1);
            double quota = (double) total * inhabitants[i] / sum;
            String bound = switch (i % 9) {
                case 2 -> "min. 2 – max. 10%";
                case 7 -> "max. 15";
                default -> null;
            };
            rows.add(new AllocationReportData.Row(code, name, decimal(quota, "#,##0.00"), targets[i], bound,
                    decimal(1000.0 * targets[i] / inhabitants[i], "0.00")));
        }
        List<AllocationReportData.StepLine> steps = new ArrayList<>();
        for (int s = 1; s < stepCount; s++) {
            AllocationReportData.Row row = rows.get(s % municipalities);
            steps.add(new AllocationReportData.StepLine(s, "Restplaats " + s + " naar " + row.name()
                    + " (quotum " + row.quota() + ", rest 0," + String.format("%04d", (s * 7_331) % 10_000) + ")"));
        }
        steps.add(new AllocationReportData.StepLine(stepCount,
                "Eindcontrole – som van de taakstellingen gelijk aan de opgave (" + decimal(total, "#,##0") + ")"));
        List<AllocationReportData.BoundLine> bounds = new ArrayList<>();
        for (int i = 2; i < municipalities; i += 9) {
            bounds.add(new AllocationReportData.BoundLine(rows.get(i).name(), "minimaal 2, maximaal 10% van verhuringen"));
            if (i + 5 < municipalities) {
                bounds.add(new AllocationReportData.BoundLine(rows.get(i + 5).name(), "maximaal 15"));
            }
        }
        return new AllocationReportData("Metropoolregio Amsterdam", "Aandachtsgroepen 2026–2030", "2026–2030",
                List.of("Statushouders", "Uitstroom maatschappelijke opvang", "Kwetsbare jongeren"),
                "Basisverdeling na overleg", 3, "Vastgesteld op 23-11-2026 door regio.mra",
                "grootste overschotten (Hamilton)", total, total, LocalDate.of(2026, 1, 1),
                List.of(new AllocationReportData.CriterionLine("Inwoners", "60%"),
                        new AllocationReportData.CriterionLine("Sociale huurverhuringen", "40%")),
                "Bestaande plekken, sterkte 1", bounds, rows, steps,
                List.of("Geëxtrapoleerde inwonertallen voor 2 gemeenten – peildatum CBS ontbreekt.",
                        "Budgetclaim van € 1.250.000 valt buiten deze verdeling."),
                GENERATED_AT, "regio.mra");
    }

    /** Nothing optional: no bounds, steps, warnings or draagkracht; 2 left unallocated. */
    public static AllocationReportData minimal() {
        return new AllocationReportData("Regio Zuid-Limburg", "Statushouders 2027", "2027", List.of(),
                "Eerste concept", 1, "Concept — doorgerekend op 23-11-2026", "Sainte-Laguë", 12, 10,
                LocalDate.of(2026, 6, 30), List.of(new AllocationReportData.CriterionLine("Inwoners", "100%")),
                null, List.of(),
                List.of(new AllocationReportData.Row("GM0935", "Maastricht", "7,10", 6, "max. 6", "0,05"),
                        new AllocationReportData.Row("GM0917", "Heerlen", "4,90", 4, null, "0,04")),
                List.of(), List.of(), GENERATED_AT, "regio.zl");
    }

    /** Compiles the template if it is not yet, so the bench can time the compile on its own. */
    public static void compileTemplate() {
        AllocationTemplate.get();
    }

    /** The fill half of {@link AllocationReport#pdf}, for the bench's baseline. */
    public static JasperPrint fillOnly(AllocationReportData data) throws JRException {
        return AllocationReport.fill(data);
    }

    private static int[] largestRemainder(long[] weights, int total) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        int[] seats = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = (double) total * weights[i] / sum;
            seats[i] = (int) Math.floor(quota);
            rest[i] = quota - seats[i];
            given += seats[i];
        }
        int[] byRest = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -rest[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < total - given; k++) {
            seats[byRest[k]]++;
        }
        return seats;
    }

    private static String decimal(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"))).format(value);
    }
}
