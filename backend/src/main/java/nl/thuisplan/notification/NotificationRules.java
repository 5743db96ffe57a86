package nl.thuisplan.notification;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.allocation.ModelStatus;
import nl.thuisplan.allocation.SwapStatus;
import nl.thuisplan.audit.AuditLog.Change;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.notification.AudienceRepository.DocumentRef;
import nl.thuisplan.notification.AudienceRepository.Recipient;
import nl.thuisplan.notification.AudienceRepository.SwapRef;
import nl.thuisplan.urgency.DeviationStatus;
import nl.thuisplan.urgency.SchemeStatus;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;
import nl.thuisplan.woonzorgvisie.template.TemplateVersionStatus;

/**
 * Which recorded step notifies whom, with what text and link: one table from the audit change's
 * (entity type, action) to a rule. A gemeente hears about its own analysis, document, swaps and
 * deviations and its region's deadlines and template versions; the programme managers of the region
 * about what a gemeente offers them.
 */
@Singleton
class NotificationRules {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    /** Written by {@link ReminderService}; the rule below turns it into the gemeente's notification. */
    static final String REMINDER_SENT = "REMINDER_SENT";

    private static final String SUBMITTED = DemandStatus.SUBMITTED.name();
    private static final String RETURNED = DemandStatus.RETURNED.name();
    private static final String ADOPTED = DemandStatus.ADOPTED.name();
    private static final Map<String, Set<String>> CONCERNED = Map.of(
            "demand_deadline", Set.of("DEADLINE_SET"),
            "demand_analysis", Set.of(SUBMITTED, RETURNED, ADOPTED, REMINDER_SENT),
            "wzv_document", Set.of(SUBMITTED, "COMMENTED", RETURNED, DocumentStatus.APPROVED.name(), DocumentStatus.ADOPTED.name()),
            "allocation_swap", Set.of("SWAP_PROPOSED", "SWAP_" + SwapStatus.CONFIRMED.name(), "SWAP_" + SwapStatus.REJECTED.name()),
            "allocation_model", Set.of(ModelStatus.ADOPTED.name()),
            "urgency_scheme", Set.of(SchemeStatus.ADOPTED.name(), "DEVIATION_" + DeviationStatus.PROPOSED.name(), "DEVIATION_" + DeviationStatus.ACCEPTED.name(),
                    "DEVIATION_" + DeviationStatus.REJECTED.name()),
            "wzv_template", Set.of(TemplateVersionStatus.PUBLISHED.name()));

    private final AudienceRepository audience;
    private final TenantTransactions tx;

    NotificationRules(AudienceRepository audience, TenantTransactions tx) {
        this.audience = audience;
        this.tx = tx;
    }

    /** Cheap, for every change recorded (a cell's autosave too): whether any rule applies. */
    boolean concerns(Change c) {
        return c.regionId() != null && CONCERNED.getOrDefault(c.entityType(), Set.of()).contains(c.action());
    }

    /** The notices of one change; runs inside the step's transaction. */
    List<Notice> plan(Change c) {
        return switch (c.entityType()) {
            case "demand_deadline" -> List.of(deadlineSet(c));
            case "demand_analysis" -> analysis(c);
            case "wzv_document" -> document(c);
            case "allocation_swap" -> swap(c);
            case "allocation_model" -> List.of(modelAdopted(c));
            case "urgency_scheme" -> c.action().equals(SchemeStatus.ADOPTED.name()) ? List.of(schemeAdopted(c)) : deviation(c);
            case "wzv_template" -> List.of(template(c));
            default -> List.of();
        };
    }

    private Notice deadlineSet(Change c) {
        int year = Integer.parseInt(c.entityId());
        String date = date(c.newValue());
        String summary = c.oldValue() == null ? "De regio heeft de deadline voor de vraaganalyse " + year + " op " + date + " gezet."
                : "De regio heeft de deadline voor de vraaganalyse " + year + " verplaatst van " + date(c.oldValue()) + " naar "
                + date + ".";
        return new Notice(c.regionId(), NotificationKind.DEADLINE_SET, "Deadline vraaganalyse " + year + ": " + date, summary,
                officersOfRegion(c.regionId(), null), r -> analysisLink(r.municipalityCode(), year));
    }

    private List<Notice> analysis(Change c) {
        String[] key = c.entityId().split("/");
        String code = key[0];
        if (key.length != 2 || !code.startsWith("GM")) {
            return List.of(); // the region's own figures: nobody else to tell
        }
        int year = Integer.parseInt(key[1]);
        String link = analysisLink(code, year);
        int region = c.regionId();
        if (c.action().equals(SUBMITTED)) {
            return List.of(Notice.to(region, NotificationKind.ANALYSIS_SUBMITTED, name(code) + " heeft de vraaganalyse " + year
                    + " ingediend", "Beoordeel de cijfers: vaststellen of terugsturen met een reden.", managers(region), link));
        }
        if (c.action().equals(RETURNED)) {
            return List.of(Notice.to(region, NotificationKind.ANALYSIS_RETURNED, "Vraaganalyse " + year + " teruggestuurd",
                    c.detail() == null ? null : "Reden: " + c.detail(), officers(code), link));
        }
        if (c.action().equals(ADOPTED)) {
            return List.of(Notice.to(region, NotificationKind.ANALYSIS_ADOPTED, "Vraaganalyse " + year + " vastgesteld",
                    "De regio heeft de vraaganalyse " + year + " van " + name(code) + " vastgesteld.", officers(code), link));
        }
        return List.of(Notice.to(region, NotificationKind.ANALYSIS_REMINDER, "Herinnering: de vraaganalyse " + year + " is te laat",
                "De deadline was " + date(c.newValue()) + ". De regio vraagt u de vraaganalyse zo snel mogelijk in te dienen.",
                officers(code), link));
    }

    private List<Notice> document(Change c) {
        long id = Long.parseLong(c.entityId());
        DocumentRef d = audience.document(id).orElse(null);
        if (d == null) {
            return List.of();
        }
        String link = "/woonzorgvisie/documenten/" + id;
        int region = c.regionId();
        List<Recipient> owners = d.municipalityCode() != null ? officers(d.municipalityCode())
                : officersOfRegion(region, d.subregionCode());
        if (c.action().equals(SUBMITTED)) {
            String whose = d.municipalityCode() != null ? name(d.municipalityCode()) : "Deelregio " + d.subregionCode();
            return List.of(Notice.to(region, NotificationKind.DOCUMENT_SUBMITTED, "Woonzorgvisie van " + whose
                    + " ter beoordeling aangeboden", "Lees de woonzorgvisie en geef uw opmerkingen of akkoord.", managers(region), link));
        }
        if (c.action().equals("COMMENTED")) {
            return List.of(Notice.to(region, NotificationKind.DOCUMENT_COMMENTED, "Nieuwe opmerking bij uw woonzorgvisie",
                    c.newValue(), owners, link));
        }
        if (c.action().equals(RETURNED)) {
            return List.of(Notice.to(region, NotificationKind.DOCUMENT_RETURNED, "Woonzorgvisie teruggestuurd",
                    "Verwerk de opmerkingen en bied de woonzorgvisie opnieuw aan.", owners, link));
        }
        if (c.action().equals(DocumentStatus.APPROVED.name())) {
            // the region's akkoord: what follows is the gemeenteraad's decision, which the gemeente records
            return List.of(Notice.to(region, NotificationKind.DOCUMENT_APPROVED, "Akkoord van de regio op uw woonzorgvisie",
                    "Leg na het raadsbesluit de vaststelling vast, met de datum en het kenmerk van het besluit.", owners, link));
        }
        // a gemeente's document is adopted by its gemeenteraad and recorded by the gemeente: the region hears of it;
        // a deelregio's is adopted by the region: its gemeenten hear of it (the actor is never told)
        // an adopted document is published: the partners and provinces that read it hear of it too
        List<Recipient> concerned = new ArrayList<>(owners);
        concerned.addAll(managers(region));
        concerned.addAll(readers(region));
        return List.of(Notice.to(region, NotificationKind.DOCUMENT_ADOPTED, "Woonzorgvisie vastgesteld", c.detail(), concerned, link));
    }

    /**
     * An adopted verdeling is published: the gemeenten get their taakstelling, and the partners of the region and
     * the analysts of its provinces, who read only what is adopted, hear that there is something new to read.
     */
    private Notice modelAdopted(Change c) {
        long id = Long.parseLong(c.entityId());
        int region = c.regionId();
        String name = audience.modelName(id).orElse("");
        List<Recipient> concerned = new ArrayList<>(officersOfRegion(region, null));
        concerned.addAll(managers(region));
        concerned.addAll(readers(region));
        return Notice.to(region, NotificationKind.MODEL_ADOPTED, "Verdeling " + name + " vastgesteld", c.detail(), concerned,
                "/verdeling/modellen/" + id + "/resultaat");
    }

    /** An adopted urgentieregeling is published like a verdeling: to the gemeenten, partners and provinces of the region. */
    private Notice schemeAdopted(Change c) {
        int region = c.regionId();
        List<Recipient> concerned = new ArrayList<>(officersOfRegion(region, null));
        concerned.addAll(managers(region));
        concerned.addAll(readers(region));
        return Notice.to(region, NotificationKind.SCHEME_ADOPTED, "Urgentieregeling vastgesteld (versie " + c.versionNo() + ")",
                c.detail(), concerned, "/urgentie/versies/" + c.entityId());
    }

    private List<Notice> swap(Change c) {
        SwapRef s = audience.swap(Long.parseLong(c.entityId())).orElse(null);
        if (s == null) {
            return List.of();
        }
        int region = c.regionId();
        String what = s.amount() + " woningen van " + name(s.fromCode()) + " naar " + name(s.toCode());
        List<Recipient> concerned = new ArrayList<>(officers(s.fromCode(), s.toCode()));
        concerned.addAll(managers(region));
        String link = "/verdeling/modellen/" + s.modelId() + "/resultaat";
        if (c.action().equals("SWAP_PROPOSED")) {
            return List.of(Notice.to(region, NotificationKind.SWAP_PROPOSED, "Ruil voorgesteld: " + what, c.detail(), concerned, link));
        }
        boolean confirmed = c.action().endsWith(SwapStatus.CONFIRMED.name());
        return List.of(Notice.to(region, confirmed ? NotificationKind.SWAP_CONFIRMED : NotificationKind.SWAP_REJECTED,
                (confirmed ? "Ruil bevestigd: " : "Ruil afgewezen: ") + what, null, concerned, link));
    }

    private List<Notice> deviation(Change c) {
        int region = c.regionId();
        String link = "/urgentie/versies/" + c.entityId();
        if (c.action().endsWith(DeviationStatus.PROPOSED.name())) {
            String code = c.field() == null ? "" : c.field().split("/", 2)[0];
            return List.of(Notice.to(region, NotificationKind.DEVIATION_PROPOSED, name(code)
                    + " stelt een afwijking van de urgentieregeling voor", c.detail(), managers(region), link));
        }
        String code = c.field() == null ? null : audience.deviationMunicipality(Long.parseLong(c.field())).orElse(null);
        if (code == null) {
            return List.of();
        }
        boolean accepted = c.action().endsWith(DeviationStatus.ACCEPTED.name());
        return List.of(Notice.to(region, NotificationKind.DEVIATION_DECIDED, "Uw afwijking van de urgentieregeling is "
                + (accepted ? "aanvaard" : "afgewezen"), null, officers(code), link));
    }

    private Notice template(Change c) {
        int region = c.regionId();
        String name = audience.templateName(Long.parseLong(c.entityId())).orElse("woonzorgvisie");
        String regionCode = audience.regionCode(region).orElseThrow();
        return Notice.to(region, NotificationKind.TEMPLATE_PUBLISHED, "Nieuwe versie van het sjabloon '" + name + "' (versie "
                + c.versionNo() + ")", c.detail(), officersOfRegion(region, null), "/regios/" + regionCode + "/woonzorgvisie");
    }

    static String analysisLink(@Nullable String municipalityCode, int year) {
        return "/gemeenten/" + municipalityCode + "/vraaganalyse/" + year;
    }

    static String date(@Nullable String isoDate) {
        return isoDate == null ? "onbekend" : DATE.format(LocalDate.parse(isoDate));
    }

    private String name(String code) {
        return audience.municipalityName(code).orElse(code);
    }

    // people are read with the system scope: the actor may not see them (another gemeente, the region's managers)
    private List<Recipient> officers(String... codes) {
        return tx.read(Scope.SYSTEM, () -> audience.officers(Role.MUNICIPALITY_OFFICER.name(), codes));
    }

    List<Recipient> officersOfRegion(int region, @Nullable String subregion) {
        return tx.read(Scope.SYSTEM, () -> audience.officersOfRegion(Role.MUNICIPALITY_OFFICER.name(), region, subregion));
    }

    /** Who reads what the region publishes: its partners' medewerkers and its provinces' analysts. */
    private List<Recipient> readers(int region) {
        String[] partnerRoles = {Role.CORPORATIE_MEDEWERKER.name(), Role.ZORGAANBIEDER_MEDEWERKER.name()};
        return tx.read(Scope.SYSTEM, () -> {
            List<Recipient> out = new ArrayList<>(audience.partners(partnerRoles, region));
            out.addAll(audience.provinceAnalysts(Role.PROVINCE_ANALYST.name(), region));
            return out;
        });
    }

    private List<Recipient> managers(int region) {
        return tx.read(Scope.SYSTEM, () -> audience.managers(Role.REGION_PROGRAMME_MANAGER.name(), region));
    }
}
