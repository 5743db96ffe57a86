package nl.thuisplan.woonzorgvisie.template;

import java.util.List;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Section;

/**
 * The starting template: the chapter list of a woonzorgvisie from the programme Een thuis voor
 * iedereen (domain.md). Chapters 3, 4, 5 and 7 start with the figures the platform already holds,
 * so a gemeente writes the story around its numbers instead of copying them.
 */
public final class DefaultTemplate {

    private DefaultTemplate() {
    }

    public static List<Chapter> chapters() {
        return List.of(
                chapter("samenvatting", "Samenvatting", false,
                        section("samenvatting", "Samenvatting", true,
                                "Vat in één pagina samen: de opgave, de belangrijkste keuzes en wat de gemeente de komende jaren doet. "
                                        + "Schrijf dit als laatste.",
                                "In de periode {{periode}} zijn in {{gemeente.naam}} jaarlijks {{vraag.totaal.alle}} woningen nodig "
                                        + "voor aandachtsgroepen. ")),
                chapter("inleiding", "Inleiding", true,
                        section("inleiding.aanleiding", "Aanleiding en doel", true,
                                "Waarom deze woonzorgvisie, voor wie, en hoe zij samenhangt met het volkshuisvestingsprogramma.",
                                "Deze woonzorgvisie beschrijft hoe {{gemeente.naam}} in {{periode}} zorgt voor een thuis voor "
                                        + "iedereen, samen met de gemeenten van {{regio.naam}}."),
                        section("inleiding.totstandkoming", "Totstandkoming", false,
                                "Met wie is de visie opgesteld (corporaties, zorgaanbieders, huurders, cliëntenraden)?", "")),
                chapter("beleidskader", "Beleidskader", true,
                        section("beleidskader.nationaal", "Nationaal", false,
                                "Wet versterking regie volkshuisvesting, programma Een thuis voor iedereen, Huisvestingswet.", ""),
                        section("beleidskader.regionaal", "Regionaal", true,
                                "Regionale afspraken: verdeling van de opgave, urgentieregeling, woondeal.",
                                "Urgentieregeling in {{regio.naam}}: {{urgentie.regeling}}."),
                        section("beleidskader.lokaal", "Lokaal", false, "Woonvisie, sociaal domein, prestatieafspraken.", "")),
                chapter("analyse", "Woonzorganalyse", true,
                        section("analyse.demografie", "Demografie en woningvoorraad", true,
                                "Beschrijf de bevolking, de huishoudens en de sociale huurvoorraad, en wat opvalt.",
                                "{{gemeente.naam}} telt {{kerncijfers.inwoners}} inwoners en {{kerncijfers.sociale_huurvoorraad}} "
                                        + "sociale huurwoningen (peildatum {{kerncijfers.peildatum}}).\n\n{{blok:kerncijfers}}"),
                        section("analyse.zorgaanbod", "Zorg- en ondersteuningsaanbod", false,
                                "Welke woonzorgvoorzieningen zijn er (beschermd wonen, opvang, geclusterd wonen) en met welke capaciteit?", ""),
                        section("analyse.draagkracht", "Draagkracht van wijken", false,
                                "Waar is de draagkracht van wijken een aandachtspunt bij het huisvesten van aandachtsgroepen?", "")),
                chapter("aandachtsgroepen", "Per aandachtsgroep", true,
                        section("aandachtsgroepen.vraag", "Omvang en woonbehoefte", true,
                                "Licht de vraag per aandachtsgroep toe: huidige vraag, nieuwe vraag per jaar en benodigde woningen. "
                                        + "Noem de bron en de status van de vraaganalyse.",
                                "De vraaganalyse {{jaar.van}} is {{vraag.status}}.\n\n{{blok:vraag-tabel}}\n\n{{blok:vraag-grafiek}}"),
                        section("aandachtsgroepen.knelpunten", "Knelpunten", false,
                                "Waar lopen aandachtsgroepen vast (uitstroom, betaalbaarheid, begeleiding)?", "")),
                chapter("opgave", "Opgave tot 2030", true,
                        section("opgave.taakstelling", "Taakstelling en realisatie", true,
                                "De regionale verdeling bepaalt de taakstelling van de gemeente; licht toe hoe die wordt gehaald.",
                                "Voor {{periode}} is de taakstelling van {{gemeente.naam}} {{verdeling.taakstelling}} woningen; "
                                        + "gerealiseerd zijn er {{verdeling.realisatie}}.\n\n{{blok:verdeling-tabel}}")),
                chapter("visie", "Visie en uitgangspunten", true,
                        section("visie.uitgangspunten", "Uitgangspunten", true,
                                "Welke uitgangspunten gelden (spreiding, normaal wonen waar het kan, een woonbehoefteprofiel)?", "")),
                chapter("verdeling", "Verdeling, urgentie en toewijzing", true,
                        section("verdeling.urgentie", "Urgentieregeling", true,
                                "Beschrijf de urgentieregeling, de quota en eventuele lokale afwijkingen.",
                                "Geldende regeling: {{urgentie.regeling}} (van {{urgentie.geldig_van}} tot en met "
                                        + "{{urgentie.geldig_tot}}; {{urgentie.categorieen}} urgentiecategorieën).\n\n{{blok:urgentie-quota}}"),
                        section("verdeling.urgentietoets", "Urgentietoets", false,
                                "Is de capaciteit voldoende om de urgente vraag binnen de norm te huisvesten?",
                                "{{blok:urgentietoets}}")),
                chapter("samenwerking", "Samenwerking en governance", true,
                        section("samenwerking.afspraken", "Afspraken met partners", true,
                                "Wie doet wat: gemeente, corporaties, zorgaanbieders, regio. Hoe worden besluiten genomen?", "")),
                chapter("uitvoering", "Uitvoeringsprogramma", true,
                        section("uitvoering.acties", "Acties en planning", true,
                                "Concrete acties per jaar, met trekker en budget.", "")),
                chapter("monitoring", "Monitoring", true,
                        section("monitoring.indicatoren", "Monitoring en bijsturing", true,
                                "Hoe en hoe vaak wordt de voortgang gevolgd (Thuisplan-dashboards, rapportage aan de raad)?", "")),
                chapter("bijlagen", "Bijlagen", false,
                        section("bijlagen.begrippen", "Begrippenlijst", false, "Leg de gebruikte begrippen uit.", "")));
    }

    private static Chapter chapter(String key, String title, boolean numbered, Section... sections) {
        return new Chapter(key, title, numbered, List.of(sections));
    }

    private static Section section(String key, String title, boolean required, String guidance, String body) {
        return new Section(key, title, guidance, required, body);
    }
}
