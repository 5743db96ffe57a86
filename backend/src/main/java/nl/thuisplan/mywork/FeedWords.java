package nl.thuisplan.mywork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.allocation.ModelStatus;
import nl.thuisplan.allocation.SwapStatus;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.urgency.DeviationStatus;
import nl.thuisplan.urgency.SchemeStatus;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;
import nl.thuisplan.woonzorgvisie.template.TemplateVersionStatus;

/**
 * The audit events a feed shows, in words: the steps people take (started, submitted, returned, adopted, proposed,
 * decided), not every saved cell or section. Events of other kinds stay out of the feed.
 */
final class FeedWords {

    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        put("demand_analysis", "CREATED", "Vraaganalyse %s gestart");
        put("demand_analysis", DemandStatus.SUBMITTED.name(), "Vraaganalyse %s ingediend");
        put("demand_analysis", DemandStatus.RETURNED.name(), "Vraaganalyse %s teruggestuurd");
        put("demand_analysis", DemandStatus.ADOPTED.name(), "Vraaganalyse %s vastgesteld");
        put("demand_analysis", "REOPENED", "Vraaganalyse %s heropend");
        put("demand_deadline", "DEADLINE_SET", "Deadline voor de vraaganalyses %s vastgelegd");
        put("wzv_document", "CREATED", "Woonzorgvisie aangemaakt");
        // a document's steps are audited in the past tense, spelled as the demand statuses are
        put("wzv_document", DemandStatus.SUBMITTED.name(), "Woonzorgvisie ter beoordeling ingediend");
        put("wzv_document", DemandStatus.RETURNED.name(), "Woonzorgvisie teruggestuurd");
        put("wzv_document", DocumentStatus.APPROVED.name(), "Akkoord van de regio op een woonzorgvisie");
        put("wzv_document", DocumentStatus.ADOPTED.name(), "Woonzorgvisie vastgesteld");
        put("wzv_document", "COMMENTED", "Opmerking bij een woonzorgvisie geplaatst");
        put("wzv_template", TemplateVersionStatus.PUBLISHED.name(), "Nieuwe versie van een woonzorgvisiesjabloon gepubliceerd");
        put("allocation_model", "CREATED", "Verdeling aangemaakt");
        put("allocation_model", ModelStatus.ADOPTED.name(), "Verdeling vastgesteld");
        put("allocation_model", "REALISATION_RECORDED", "Realisatie vastgelegd");
        put("allocation_swap", "SWAP_" + SwapStatus.PROPOSED.name(), "Ruil voorgesteld");
        put("allocation_swap", "SWAP_" + SwapStatus.CONFIRMED.name(), "Ruil bevestigd");
        put("allocation_swap", "SWAP_" + SwapStatus.REJECTED.name(), "Ruil afgewezen");
        put("allocation_swap", "SWAP_" + SwapStatus.WITHDRAWN.name(), "Ruil ingetrokken");
        put("urgency_scheme", "CREATED", "Urgentieregeling aangemaakt");
        put("urgency_scheme", SchemeStatus.ADOPTED.name(), "Urgentieregeling vastgesteld");
        put("urgency_scheme", "DEVIATION_" + DeviationStatus.PROPOSED.name(), "Lokale afwijking voorgesteld");
        put("urgency_scheme", "DEVIATION_" + DeviationStatus.ACCEPTED.name(), "Lokale afwijking geaccepteerd");
        put("urgency_scheme", "DEVIATION_" + DeviationStatus.REJECTED.name(), "Lokale afwijking afgewezen");
    }

    private FeedWords() {
    }

    private static void put(String entityType, String action, String words) {
        WORDS.put(entityType + ":" + action, words);
    }

    /** The actions the feed reads (whatever their entity). */
    static Set<String> actions() {
        Set<String> actions = new java.util.TreeSet<>();
        WORDS.keySet().forEach(key -> actions.add(key.substring(key.indexOf(':') + 1)));
        return actions;
    }

    /** The event in words, or null when the feed does not show this kind of event. */
    static String describe(AuditLog.Recent e) {
        String words = WORDS.get(e.entityType() + ":" + e.action());
        if (words == null || !words.contains("%s")) {
            return words;
        }
        return words.formatted(subject(e));
    }

    /** "Diemen 2031" for a municipality's analysis, "van de regio 2031" for the region's own, "2031" for a deadline. */
    private static String subject(AuditLog.Recent e) {
        String id = e.entityId();
        int slash = id.indexOf('/');
        if (slash < 0) {
            return id;
        }
        String year = id.substring(slash + 1);
        return (e.municipalityName() != null ? e.municipalityName() : "van de regio") + " " + year;
    }
}
