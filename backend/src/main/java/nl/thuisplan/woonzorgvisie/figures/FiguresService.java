package nl.thuisplan.woonzorgvisie.figures;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.thuisplan.completeness.Completeness;
import nl.thuisplan.indicator.IndicatorRepository;
import nl.thuisplan.indicator.IndicatorValue;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.targetgroup.TargetGroups;
import nl.thuisplan.urgency.UrgencyFigures;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import nl.thuisplan.woonzorgvisie.content.DataBlock.Column;
import nl.thuisplan.woonzorgvisie.text.Catalogue;

/**
 * Computes a document's figures. Runs inside a transaction whose scope sees the whole region (the
 * caller's access to the document is checked before); only the area's own municipalities are read.
 */
@Singleton
public class FiguresService {

    private static final String NONE = "–";
    private static final Map<String, String> INDICATORS = indicatorLabels();

    private final FiguresRepository repo;
    private final IndicatorRepository indicators;
    private final UrgencyFigures urgency;
    private final TargetGroups targetGroups;
    private final Clock clock;

    FiguresService(FiguresRepository repo, IndicatorRepository indicators, UrgencyFigures urgency, TargetGroups targetGroups) {
        this.repo = repo;
        this.indicators = indicators;
        this.urgency = urgency;
        this.targetGroups = targetGroups;
        this.clock = Clock.system(nl.thuisplan.report.PdfDocuments.AMSTERDAM);
    }

    private static Map<String, String> indicatorLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("inhabitants", "inwoners");
        m.put("households", "huishoudens");
        m.put("social_rental_stock", "sociale_huurvoorraad");
        m.put("lettings", "verhuringen");
        return m;
    }

    /** The region's target groups (switched off ones too: old figures may refer to them), in catalogue form. */
    public List<Catalogue.Group> groups(int regionId) {
        return targetGroups.forRegion(regionId, false).stream().map(g -> new Catalogue.Group(g.code(), g.name())).toList();
    }

    public Figures compute(RegionRef region, Area area, int fromYear, int toYear) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, DataBlock> blocks = new LinkedHashMap<>();
        values.put("gemeente.naam", area.name());
        values.put("gemeente.code", area.code());
        values.put("gemeente.provincie", area.province());
        values.put("regio.naam", region.name());
        values.put("periode", fromYear == toYear ? String.valueOf(fromYear) : fromYear + "–" + toYear);
        values.put("jaar.van", String.valueOf(fromYear));
        values.put("jaar.tot", String.valueOf(toYear));
        keyFigures(area, fromYear, values, blocks);
        demand(region, area, fromYear, values, blocks);
        allocation(region, area, fromYear, toYear, values, blocks);
        urgency(region, area, fromYear, values, blocks);
        return new Figures(Instant.now(clock), values, blocks);
    }

    private void keyFigures(Area area, int fromYear, Map<String, String> values, Map<String, DataBlock> blocks) {
        // the newest figure known at the start of the period, or today when the period lies ahead
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = today.isAfter(start) ? today : start;
        Map<String, Map<String, IndicatorValue>> found = indicators.valuesOn(area.codes(), on);
        List<List<String>> rows = new ArrayList<>();
        LocalDate newest = null;
        for (Map.Entry<String, String> indicator : INDICATORS.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            int have = 0;
            LocalDate date = null;
            java.util.Set<String> sources = new java.util.TreeSet<>();
            for (String code : area.codes()) {
                IndicatorValue v = found.getOrDefault(code, Map.of()).get(indicator.getKey());
                if (v != null) {
                    sum = sum.add(v.value());
                    have++;
                    date = date == null || v.referenceDate().isAfter(date) ? v.referenceDate() : date;
                    // a demo figure's source already says so; an approximation is marked
                    sources.add(v.source() + ("APPROXIMATE".equals(v.status()) ? " (benadering)" : ""));
                }
            }
            String text = have == 0 ? NONE : Dutch.whole(sum);
            if (have > 0 && have < area.codes().size()) {
                text += " (" + have + " van " + area.codes().size() + " gemeenten)";
            }
            values.put("kerncijfers." + indicator.getValue(), text);
            newest = date != null && (newest == null || date.isAfter(newest)) ? date : newest;
            rows.add(List.of(label(indicator.getKey()), text, date == null ? NONE : Dutch.date(date),
                    sources.isEmpty() ? NONE : String.join("; ", sources)));
        }
        values.put("kerncijfers.peildatum", newest == null ? NONE : Dutch.date(newest));
        blocks.put("kerncijfers", new DataBlock("kerncijfers", "Kerncijfers " + area.name(),
                List.of(new Column("Kerncijfer", false), new Column("Waarde", true), new Column("Peildatum", false),
                        new Column("Bron", false)), rows, null, null,
                "Nieuwste cijfers op of vóór " + Dutch.date(on) + "."));
    }

    private static String label(String indicator) {
        return switch (indicator) {
            case "inhabitants" -> "Inwoners";
            case "households" -> "Huishoudens";
            case "social_rental_stock" -> "Sociale huurwoningen";
            default -> "Verhuringen sociale huur per jaar";
        };
    }


    private void demand(RegionRef region, Area area, int year, Map<String, String> values, Map<String, DataBlock> blocks) {
        List<Catalogue.Group> groups = groups(region.id());
        FiguresRepository.Demand d = repo.demand(region.id(), year, area.codes());
        String status;
        if (d.analyses() == 0) {
            status = "geen vraaganalyse " + year;
        } else if (d.adopted() == area.codes().size()) {
            status = "vastgesteld";
        } else if (d.adopted() == 0) {
            status = "nog niet vastgesteld (concept)";
        } else {
            status = d.adopted() + " van " + area.codes().size() + " gemeenten vastgesteld";
        }
        values.put("vraag.status", status);
        long[] all = new long[3];
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> moves = new ArrayList<>();
        List<List<String>> chartRows = new ArrayList<>();
        for (Catalogue.Group g : groups) {
            long stock = d.sum(g.code(), "STOCK");
            long inflow = d.sum(g.code(), "INFLOW");
            long homes = d.sum(g.code(), "MOVES");
            all[0] += stock;
            all[1] += inflow;
            all[2] += homes;
            values.put("vraag.huidig." + g.code(), Dutch.whole(stock));
            values.put("vraag.instroom." + g.code(), Dutch.whole(inflow));
            values.put("vraag.totaal." + g.code(), Dutch.whole(homes));
            if (stock + inflow + homes > 0) {
                rows.add(List.of(g.name(), Dutch.whole(stock), Dutch.whole(inflow), Dutch.whole(homes)));
            }
            if (homes > 0) {
                labels.add(g.name());
                moves.add(BigDecimal.valueOf(homes));
                chartRows.add(List.of(g.name(), Dutch.whole(homes)));
            }
        }
        values.put("vraag.huidig." + Catalogue.ALL_GROUPS, Dutch.whole(all[0]));
        values.put("vraag.instroom." + Catalogue.ALL_GROUPS, Dutch.whole(all[1]));
        values.put("vraag.totaal." + Catalogue.ALL_GROUPS, Dutch.whole(all[2]));
        String note = "Vraaganalyse " + year + " (" + status + ")" + (d.analyses() == 0 ? "" : "; per gemeente de nieuwste "
                + "vastgestelde versie, anders de nieuwste versie") + "." + completeness(area, d);
        blocks.put("vraag-tabel", new DataBlock("vraag-tabel", "Vraag per aandachtsgroep, " + area.name() + " " + year,
                List.of(new Column("Aandachtsgroep", false), new Column("Huidige vraag", true),
                        new Column("Nieuwe vraag per jaar", true), new Column("Benodigde woningen per jaar", true)),
                rows, List.of("Totaal", Dutch.whole(all[0]), Dutch.whole(all[1]), Dutch.whole(all[2])), null, note));
        blocks.put("vraag-grafiek", new DataBlock("vraag-grafiek", "Benodigde woningen per jaar, " + area.name() + " " + year,
                List.of(new Column("Aandachtsgroep", false), new Column("Benodigde woningen per jaar", true)),
                chartRows, List.of("Totaal", Dutch.whole(all[2])),
                labels.isEmpty() ? null : new DataBlock.Chart("Benodigde woningen per jaar", "woningen", labels, moves), note));
    }

    /**
     * For a deelregio, how complete its sums are (the shared {@link Completeness} wording): a gemeente
     * without any analysis is unknown, not zero, and a sum over some of them says so.
     */
    private static String completeness(Area area, FiguresRepository.Demand d) {
        if (area.codes().size() < 2) {
            return "";
        }
        Completeness withFigures = Completeness.of(d.analyses(), area.codes().size());
        if (withFigures.complete()) {
            return "";
        }
        return " Totalen " + withFigures.text() + "; de andere gemeenten hebben geen vraaganalyse " + "en zijn onbekend (niet nul).";
    }

    private void allocation(RegionRef region, Area area, int fromYear, int toYear, Map<String, String> values,
                            Map<String, DataBlock> blocks) {
        Map<String, String> names = new TreeMap<>();
        groups(region.id()).forEach(g -> names.put(g.code(), g.name()));
        long target = 0;
        long realised = 0;
        List<List<String>> rows = new ArrayList<>();
        for (FiguresRepository.Target t : repo.targets(region.id(), fromYear, toYear, area.codes())) {
            target += t.target();
            realised += t.realised();
            String period = t.half() == null ? String.valueOf(t.year()) : t.year() + (t.half() == 1 ? " eerste helft" : " tweede helft");
            String groups = String.join(", ", t.groups().stream().map(g -> names.getOrDefault(g, g)).toList());
            rows.add(List.of(period, t.name() + " (" + groups + ")", Dutch.whole(t.target()), Dutch.whole(t.realised()),
                    Dutch.whole(t.target() - t.realised())));
        }
        values.put("verdeling.taakstelling", Dutch.whole(target));
        values.put("verdeling.realisatie", Dutch.whole(realised));
        values.put("verdeling.verschil", Dutch.whole(target - realised));
        blocks.put("verdeling-tabel", new DataBlock("verdeling-tabel", "Taakstelling en realisatie, " + area.name() + " "
                + values.get("periode"),
                List.of(new Column("Periode", false), new Column("Verdelingsmodel", false), new Column("Taakstelling", true),
                        new Column("Gerealiseerd", true), new Column("Verschil", true)),
                rows, rows.isEmpty() ? null : List.of("Totaal", "", Dutch.whole(target), Dutch.whole(realised), Dutch.whole(target - realised)),
                null, rows.isEmpty() ? "Nog geen vastgestelde verdeling in deze periode." : "Vastgestelde verdelingsmodellen van "
                + region.name() + "; taakstelling zoals vastgesteld, vóór uitruil tussen gemeenten."));
    }

    private void urgency(RegionRef region, Area area, int year, Map<String, String> values, Map<String, DataBlock> blocks) {
        var facts = urgency.inForce(region.id(), year, area.codes());
        List<Column> quotaColumns = List.of(new Column("Quotum", false), new Column("Voor", false), new Column("Regel", false),
                new Column("Lokale afwijking", false));
        List<Column> checkColumns = List.of(new Column("Quotum", false), new Column("Gebied", false),
                new Column("Capaciteit per jaar", true), new Column("Achterstand", true), new Column("Instroom per jaar", true),
                new Column("Saldo per jaar", true), new Column("Wachttijd (maanden)", true), new Column("Norm (maanden)", true),
                new Column("Norm gehaald", false));
        if (facts.isEmpty()) {
            values.put("urgentie.regeling", "nog geen vastgestelde urgentieregeling voor " + year);
            values.put("urgentie.geldig_van", NONE);
            values.put("urgentie.geldig_tot", NONE);
            values.put("urgentie.categorieen", NONE);
            String note = "Er is geen vastgestelde urgentieregeling van " + region.name() + " die in " + year + " geldt.";
            blocks.put("urgentie-quota", new DataBlock("urgentie-quota", "Urgentiequota", quotaColumns, List.of(), null, null, note));
            blocks.put("urgentietoets", new DataBlock("urgentietoets", "Urgentietoets " + year, checkColumns, List.of(), null, null, note));
            return;
        }
        UrgencyFigures.SchemeFacts s = facts.get();
        values.put("urgentie.regeling", s.name() + " (versie " + s.versionNo() + ")");
        values.put("urgentie.geldig_van", Dutch.date(s.validFrom()));
        values.put("urgentie.geldig_tot", Dutch.date(s.validTo()));
        values.put("urgentie.categorieen", String.valueOf(s.categories()));
        String source = s.name() + ", versie " + s.versionNo() + ", geldig " + Dutch.date(s.validFrom()) + " t/m "
                + Dutch.date(s.validTo()) + (s.legalName() == null ? "" : " (" + s.legalName() + ")") + ".";
        blocks.put("urgentie-quota", new DataBlock("urgentie-quota", "Urgentiequota", quotaColumns,
                s.quotas().stream().map(q -> List.of(q.label(), q.appliesTo(), q.bound(), q.deviation() == null ? "–" : q.deviation()))
                        .toList(), null, null, source));
        List<List<String>> rows = s.capacity().stream().map(c -> List.of(c.quota(), c.place(),
                Dutch.decimal(new BigDecimal(c.capacity()), 1), c.backlog() == null ? "onbekend" : Dutch.whole(c.backlog()),
                c.inflow() == null ? "onbekend" : Dutch.whole(c.inflow()),
                c.balance() == null ? "onbekend" : Dutch.decimal(new BigDecimal(c.balance()), 1),
                c.waitMonths() == null ? "–" : Dutch.decimal(new BigDecimal(c.waitMonths()), 1),
                Dutch.decimal(new BigDecimal(c.waitNormMonths()), 1), c.verdict())).toList();
        blocks.put("urgentietoets", new DataBlock("urgentietoets", "Urgentietoets " + year, checkColumns, rows, null, null,
                source + " Capaciteit = verhuringen × quotum; achterstand en instroom uit de vastgestelde vraaganalyses. "
                        + "Een gemeente zonder vastgestelde vraaganalyse is onbekend (niet nul); de regio krijgt alleen \"ja\" "
                        + "als de vraag van alle gemeenten bekend is."));
    }
}
