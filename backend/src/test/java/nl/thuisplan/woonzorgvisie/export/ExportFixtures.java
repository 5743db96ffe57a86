package nl.thuisplan.woonzorgvisie.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import nl.thuisplan.woonzorgvisie.content.Part;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument.Chapter;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument.Section;

/** Woonzorgvisie documents for the export tests and the bench. */
public final class ExportFixtures {

    /** 23 November 2026, 23:30 in Amsterdam: still the 23rd there, already the 24th nowhere. */
    static final Instant AS_OF = Instant.parse("2026-11-23T22:30:00Z");

    static final String INTRO = """
            Enschede telt **161.000 inwoners** en *ruim* 76.000 huishoudens. Zie [de monitor](https://example.org/monitor)
            en de `vraag-tabel`; A & B < C.

            ## Doelen

            1. Genoeg woningen voor **uitstroom**
            2. Zorg dichtbij huis
               - wijkteams
               - huisartsen
            3. Betaalbaar

            - Eerste punt
            - Tweede punt

            <script>alert('x')</script>

            > Wonen met zorg is een gezamenlijke opgave.

            | Groep | Aantal |
            |---|---:|
            | Ouderen | 2.345 |
            | Jongeren | 678 |

            ---

            Tot slot een zin met <b>ruwe</b> HTML erin.
            """;

    private ExportFixtures() {
    }

    /** A small document: numbered and unnumbered chapters, Markdown of every kind, a chart, an empty section. */
    public static RenderedDocument sample(String status) {
        List<Chapter> chapters = List.of(
                new Chapter("samenvatting", null, "Samenvatting", List.of(
                        new Section("samenvatting.kern", null, "Kern", true, List.of(text("Dit is de samenvatting van de visie."))))),
                new Chapter("inleiding", "1", "Inleiding", List.of(
                        new Section("inleiding.aanleiding", "1.1", "Aanleiding", true, List.of(text(INTRO))))),
                new Chapter("analyse", "3", "Woonzorganalyse", List.of(
                        new Section("analyse.demografie", "3.1", "Demografie", true, List.of(
                                text("De vraag per aandachtsgroep staat hieronder."), Part.block(demandBlock(4)),
                                text("Daarna volgt de toelichting."))),
                        new Section("analyse.zorg", "3.2", "Wonen met zorg", false, List.of()))),
                new Chapter("bijlagen", null, "Bijlagen", List.of()));
        return document(status, chapters);
    }

    /**
     * About 40 pages: eleven chapters of several sections each, long text with lists and quotes, and
     * a data block with a chart in every other chapter.
     */
    public static RenderedDocument large() {
        List<Chapter> chapters = new ArrayList<>();
        String[] titles = {"Samenvatting", "Inleiding", "Beleidskader", "Woonzorganalyse", "Aandachtsgroepen",
                "Opgave", "Ambities", "Afspraken", "Uitvoering", "Monitoring", "Bijlagen"};
        for (int c = 0; c < titles.length; c++) {
            boolean numbered = c > 0 && c < titles.length - 1;
            String number = numbered ? String.valueOf(c) : null;
            List<Section> sections = new ArrayList<>();
            for (int s = 1; s <= 4; s++) {
                List<Part> parts = new ArrayList<>();
                parts.add(text(longText(c, s)));
                if (s == 2 && c % 2 == 1) {
                    parts.add(Part.block(demandBlock(6 + c % 3)));
                    parts.add(text("Toelichting bij de tabel: de cijfers komen uit de vastgestelde vraaganalyse."));
                }
                sections.add(new Section(titles[c].toLowerCase() + "." + s, numbered ? c + "." + s : null,
                        "Onderdeel " + s + " van " + titles[c].toLowerCase(), s == 1, c == 9 && s == 4 ? List.of() : parts));
            }
            chapters.add(new Chapter(titles[c].toLowerCase(), number, titles[c], sections));
        }
        return document("CONCEPT", chapters);
    }

    private static String longText(int chapter, int section) {
        String sentence = "In hoofdstuk " + chapter + " beschrijven we hoe de gemeente met corporaties, zorgaanbieders en "
                + "bewoners werkt aan **passende woonruimte** voor mensen die zorg of begeleiding nodig hebben. ";
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < 3; p++) {
            sb.append(sentence.repeat(3 + (section + p) % 3)).append("\n\n");
        }
        sb.append("- ouderen die langer thuis wonen\n- uitstroom uit *beschermd wonen*\n  - binnen de regio\n"
                + "- statushouders\n\n");
        if (section % 2 == 0) {
            sb.append("> Afspraak: elk jaar een voortgangsrapportage aan de raad.\n\n");
            sb.append("### Uitwerking\n\n").append(sentence.repeat(2)).append("\n");
        }
        return sb.toString();
    }

    static DataBlock demandBlock(int groups) {
        String[] names = {"Uitstroom beschermd wonen", "Uitstroom maatschappelijke opvang", "Statushouders",
                "Ouderen met zorgvraag", "Mensen met een beperking", "Jongeren uit jeugdzorg", "Woonwagenbewoners",
                "Dakloze gezinnen", "Arbeidsmigranten"};
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < groups; i++) {
            int current = i == 0 ? 1234 : 150 + 97 * i;
            int perYear = 40 + 13 * i;
            total += current;
            rows.add(List.of(names[i % names.length], dutch(current), dutch(perYear / 2), dutch(perYear)));
            labels.add(names[i % names.length]);
            values.add(BigDecimal.valueOf(perYear));
        }
        return new DataBlock("vraag-tabel", "Vraag per aandachtsgroep, 2026",
                List.of(new DataBlock.Column("Aandachtsgroep", false), new DataBlock.Column("Huidige vraag", true),
                        new DataBlock.Column("Nieuwe vraag per jaar", true), new DataBlock.Column("Benodigde woningen per jaar", true)),
                rows, List.of("Totaal", dutch(total), "", ""),
                new DataBlock.Chart("Benodigde woningen per jaar", "woningen", labels, values),
                "Vraaganalyse 2026 (vastgesteld 3 maart 2026)");
    }

    private static String dutch(int n) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", n);
    }

    private static Part text(String markdown) {
        return Part.text(markdown, null);
    }

    private static RenderedDocument document(String status, List<Chapter> chapters) {
        boolean adopted = "ADOPTED".equals(status);
        return new RenderedDocument("Woonzorgvisie Enschede 2026–2030", "Regio Twente", "Enschede", "MUNICIPALITY",
                2026, 2030, status, adopted ? LocalDate.of(2027, 3, 12) : null, adopted ? "2027/041" : null,
                AS_OF, "Woonzorgvisie Regio Twente", 2, chapters);
    }
}
