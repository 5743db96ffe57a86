package nl.thuisplan.urgency.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.thuisplan.urgency.report.UrgencyDocumentData.CategoryBlock;
import nl.thuisplan.urgency.report.UrgencyDocumentData.DeviationLine;
import nl.thuisplan.urgency.report.UrgencyDocumentData.QuotaLine;

/** Document data shaped like a real Haaglanden scheme, with criteria as long as real ones get. */
final class UrgencyFixtures {

    /** 13:05 UTC is 14:05 in Amsterdam in November (CET): the footer must show local time. */
    static final Instant GENERATED_AT = Instant.parse("2026-11-23T13:05:00Z");

    /** Mandatory categories of the new law first, then two regional ones. */
    private static final String[][] CATEGORIES = {
            {"Mantelzorgers en -ontvangers", "mantelzorg", "verplicht"},
            {"Ernstig zieken", "medische urgentie", "verplicht"},
            {"Slachtoffers huiselijk geweld", "uitstroom vrouwenopvang", "verplicht"},
            {"Slachtoffers mensenhandel", "mensenhandel", "verplicht"},
            {"Uitstroom maatschappelijke opvang", "uitstroom MO", "verplicht"},
            {"Uitstroom beschermd wonen", "uitstroom BW", "verplicht"},
            {"Uitstroom GGZ-klinieken", "uitstroom GGZ", "verplicht"},
            {"Uitstroom jeugdhulp", "uitstroom jeugdhulp", "verplicht"},
            {"Dakloze gezinnen met kinderen", "dakloos", "verplicht"},
            {"Sociale urgentie", "overig", ""},
            {"Doorstroming senioren uit eengezinswoningen", "overig", ""},
    };

    private UrgencyFixtures() {
    }

    static UrgencyDocumentData sample() {
        List<CategoryBlock> categories = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.length; i++) {
            int priority = i + 1;
            String[] c = CATEGORIES[i];
            categories.add(new CategoryBlock(priority, c[0], c[2].isEmpty() ? "" : "verplicht (nieuwe wet)",
                    c[1] + ", " + "woningzoekenden uit de regio", criteria(priority), evidence(priority),
                    priority == 2 ? 70 : 56, "3 maanden (90 dagen)"));
        }
        // the caller's order is not trusted: the document sorts on priority
        Collections.reverse(categories);
        return new UrgencyDocumentData("Regio Haaglanden", "Urgentieregeling Haaglanden 2027", 2,
                "Vastgesteld op 23-11-2026 door regio.hgl", LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31),
                "Huisvestingsverordening Haaglanden, 15-11-2026", categories,
                List.of(new QuotaLine("Alle urgenten", "alle urgente categorieën", "hoogstens 30% van de verhuringen"),
                        new QuotaLine("Uitstroom", "Uitstroom maatschappelijke opvang, Uitstroom beschermd wonen, "
                                + "Uitstroom GGZ-klinieken, Uitstroom jeugdhulp", "hoogstens 12% van de verhuringen"),
                        new QuotaLine("Housing First", "Uitstroom MO", "50 woningen per jaar"),
                        new QuotaLine("Regulier", "reguliere woningzoekenden", "minstens 55% van de verhuringen")),
                List.of(new DeviationLine("Delft", "Alle urgenten", "hoogstens 35% van de verhuringen",
                                "Grote uitstroom uit de studentenhuisvesting en de GGZ-kliniek in de gemeente; "
                                        + "afgesproken voor 2027 en 2028."),
                        new DeviationLine("Rijswijk", "Housing First", "60 woningen per jaar",
                                "Nieuwbouw aan de Haagweg levert extra kleine woningen.")),
                List.of("Deze versie overlapt niet met een vastgestelde versie, maar de quota van Delft zijn "
                        + "na de vaststelling gewijzigd – controleer de capaciteitstoets."),
                GENERATED_AT, "regio.hgl");
    }

    /** Nothing optional: no categories, quotas, deviations or warnings; a draft without legal basis. */
    static UrgencyDocumentData minimal() {
        return new UrgencyDocumentData("Regio Zuid-Limburg", "Urgentieregeling Zuid-Limburg", 1, "Concept",
                LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30), "nog niet vastgelegd",
                List.of(), List.of(), List.of(), List.of(), GENERATED_AT, "regio.zl");
    }

    /** One category whose criteria (about 7,000 characters) are longer than a page. */
    static UrgencyDocumentData oneCategoryLongerThanAPage() {
        String criteria = (criteria(1) + " ").repeat(4) + "Einde van de zeer lange criteria.";
        return new UrgencyDocumentData("Regio Haaglanden", "Urgentieregeling Haaglanden 2028", 1, "Concept",
                LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), "nog niet vastgelegd",
                List.of(new CategoryBlock(1, "Sociale urgentie", "", "overig", criteria, evidence(1), 56,
                        "3 maanden (90 dagen)")),
                List.of(), List.of(), List.of(), GENERATED_AT, "regio.hgl");
    }

    /** About 1,500 characters, ending in a phrase that names its category. */
    static String criteria(int priority) {
        StringBuilder s = new StringBuilder();
        String[] parts = {
                "De aanvrager staat ingeschreven als woningzoekende en woont ten minste twee jaar onafgebroken "
                        + "in een van de gemeenten van de regio. ",
                "Het huishouden heeft een inkomen onder de inkomensgrens voor passend toewijzen en kan het "
                        + "huisvestingsprobleem niet binnen redelijke termijn op eigen kracht oplossen. ",
                "Het probleem is niet verwijtbaar ontstaan en niet te voorzien geweest; eerdere weigeringen van "
                        + "een passend aanbod tellen mee in de beoordeling. ",
                "De noodzaak tot verhuizen blijkt uit een advies van een onafhankelijk adviseur die het "
                        + "college aanwijst. ",
        };
        for (int i = 0; s.length() < 1_400; i++) {
            s.append(parts[i % parts.length]);
        }
        return s.append("Dit geldt voor categorie ").append(priority).append(" zonder uitzondering.").toString();
    }

    static String evidence(int priority) {
        return "Uittreksel BRP, inkomensverklaring van de Belastingdienst over het laatste jaar, een verklaring "
                + "van de begeleidende instelling en zo nodig een medisch advies van de GGD (bewijs " + priority
                + " compleet).";
    }
}
