package nl.thuisplan.woonzorgvisie.text;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a writer may put in a text: the placeholders (one figure or name each) and the data blocks
 * (a table, possibly with a chart). Demand placeholders exist per target group of the region, and
 * for {@code alle} groups together.
 */
@Serdeable
public record Catalogue(List<Placeholder> placeholders, List<Block> blocks) {

    @Serdeable
    public record Placeholder(String key, String label, String group, String example) {
    }

    @Serdeable
    public record Block(String key, String label, String description) {
    }

    /** A target group of the region, for the demand placeholders. */
    public record Group(String code, String name) {
    }

    public static final String ALL_GROUPS = "alle";

    public static final List<Block> BLOCKS = List.of(
            new Block("vraag-tabel", "Vraag per aandachtsgroep",
                    "Huidige vraag, nieuwe vraag per jaar en benodigde woningen per jaar per aandachtsgroep, met totaal"),
            new Block("vraag-grafiek", "Grafiek benodigde woningen",
                    "Staafdiagram van de benodigde woningen per jaar per aandachtsgroep, met de tabel erachter"),
            new Block("kerncijfers", "Kerncijfers",
                    "Inwoners, huishoudens, sociale huurwoningen en verhuringen per jaar, met peildatum en bron"),
            new Block("verdeling-tabel", "Taakstelling en realisatie",
                    "Vastgestelde taakstellingen uit de verdeling binnen de periode, met realisatie en verschil"),
            new Block("urgentie-quota", "Urgentiequota",
                    "De quota van de geldende urgentieregeling, met lokale afwijkingen"),
            new Block("urgentietoets", "Urgentietoets",
                    "Capaciteit tegenover achterstand en instroom per quotum, met wachttijd en norm"));

    private static final Map<String, String[]> FIXED = fixed();

    private static Map<String, String[]> fixed() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("gemeente.naam", new String[] {"Gebied", "Naam van de gemeente of deelregio", "Enschede"});
        m.put("gemeente.code", new String[] {"Gebied", "CBS-code (gemeente) of code (deelregio)", "GM0153"});
        m.put("gemeente.provincie", new String[] {"Gebied", "Provincie", "Overijssel"});
        m.put("regio.naam", new String[] {"Gebied", "Naam van de regio", "Regio Enschede"});
        m.put("periode", new String[] {"Periode", "Looptijd van de woonzorgvisie", "2026–2030"});
        m.put("jaar.van", new String[] {"Periode", "Eerste jaar", "2026"});
        m.put("jaar.tot", new String[] {"Periode", "Laatste jaar", "2030"});
        m.put("kerncijfers.inwoners", new String[] {"Kerncijfers", "Inwoners", "161.000"});
        m.put("kerncijfers.huishoudens", new String[] {"Kerncijfers", "Huishoudens", "78.000"});
        m.put("kerncijfers.sociale_huurvoorraad", new String[] {"Kerncijfers", "Sociale huurwoningen", "24.000"});
        m.put("kerncijfers.verhuringen", new String[] {"Kerncijfers", "Verhuringen sociale huur per jaar", "1.900"});
        m.put("kerncijfers.peildatum", new String[] {"Kerncijfers", "Peildatum van de kerncijfers", "1 januari 2026"});
        m.put("vraag.status", new String[] {"Vraag", "Status van de vraaganalyse", "vastgesteld"});
        m.put("verdeling.taakstelling", new String[] {"Verdeling", "Taakstelling in de periode (woningen)", "120"});
        m.put("verdeling.realisatie", new String[] {"Verdeling", "Gerealiseerd in de periode (woningen)", "85"});
        m.put("verdeling.verschil", new String[] {"Verdeling", "Nog te realiseren (taakstelling − realisatie)", "35"});
        m.put("urgentie.regeling", new String[] {"Urgentie", "Naam en versie van de geldende urgentieregeling", "Urgentieregeling 2026 (versie 2)"});
        m.put("urgentie.geldig_van", new String[] {"Urgentie", "Geldig vanaf", "1 januari 2026"});
        m.put("urgentie.geldig_tot", new String[] {"Urgentie", "Geldig tot en met", "31 december 2029"});
        m.put("urgentie.categorieen", new String[] {"Urgentie", "Aantal urgentiecategorieën", "11"});
        return m;
    }

    private static final Map<String, String> DEMAND = Map.of(
            "totaal", "benodigde woningen per jaar",
            "huidig", "huidige vraag (huishoudens)",
            "instroom", "nieuwe vraag per jaar");

    /** The catalogue for a region with these target groups. */
    public static Catalogue forGroups(List<Group> groups) {
        List<Placeholder> out = new ArrayList<>();
        FIXED.forEach((k, v) -> out.add(new Placeholder(k, v[1], v[0], v[2])));
        List<Group> all = new ArrayList<>();
        all.add(new Group(ALL_GROUPS, "alle aandachtsgroepen"));
        all.addAll(groups);
        for (String measure : List.of("totaal", "huidig", "instroom")) {
            for (Group g : all) {
                out.add(new Placeholder("vraag." + measure + "." + g.code(),
                        capitalise(DEMAND.get(measure)) + ": " + g.name(), "Vraag", "40"));
            }
        }
        return new Catalogue(List.copyOf(out), BLOCKS);
    }

    public boolean knowsPlaceholder(String key) {
        return placeholders.stream().anyMatch(p -> p.key().equals(key));
    }

    public boolean knowsBlock(String key) {
        return blocks.stream().anyMatch(b -> b.key().equals(key));
    }

    public Set<String> placeholderKeys() {
        return placeholders.stream().map(Placeholder::key).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
