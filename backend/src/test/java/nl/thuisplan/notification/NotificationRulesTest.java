package nl.thuisplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.thuisplan.audit.AuditLog.Change;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.notification.AudienceRepository.Recipient;
import org.junit.jupiter.api.Test;

/**
 * The rule table without a database: which recorded change notifies whom with what link, for the steps the
 * API test (NotificationsTest) does not walk: woonzorgvisie documents, swaps, deviations and template versions.
 */
class NotificationRulesTest {

    private static final int MRA = 1;
    private final NotificationRules rules = new NotificationRules(new Audience(), new NoTransactions());

    @Test
    void aDocumentOfferedForReviewTellsTheManagersAndACommentTellsItsGemeente() {
        Notice submitted = one(change("wzv_document", "SUBMITTED", "12", null, null, null));
        assertThat(submitted.kind()).isEqualTo(NotificationKind.DOCUMENT_SUBMITTED);
        assertThat(submitted.title()).isEqualTo("Woonzorgvisie van Diemen ter beoordeling aangeboden");
        assertThat(names(submitted)).containsExactly("regio.mra");
        assertThat(submitted.link().apply(submitted.recipients().get(0))).isEqualTo("/woonzorgvisie/documenten/12");

        Notice comment = one(change("wzv_document", "COMMENTED", "12", "inleiding", "Graag een bron.", null));
        assertThat(comment.kind()).isEqualTo(NotificationKind.DOCUMENT_COMMENTED);
        assertThat(comment.summary()).isEqualTo("Graag een bron.");
        assertThat(names(comment)).containsExactly("gemeente.diemen");
        assertThat(one(change("wzv_document", "RETURNED", "12", null, null, null)).kind()).isEqualTo(NotificationKind.DOCUMENT_RETURNED);
        assertThat(one(change("wzv_document", "ADOPTED", "12", null, null, "besluit 2026-12-01")).kind())
                .isEqualTo(NotificationKind.DOCUMENT_ADOPTED);
    }

    @Test
    void aSwapTellsBothGemeentenAndTheManagersAndLinksToTheResults() {
        Notice proposed = one(change("allocation_swap", "SWAP_PROPOSED", "5", "GM0384->GM0363", "10", "ruimte in Diemen"));
        assertThat(proposed.title()).isEqualTo("Ruil voorgesteld: 10 woningen van Diemen naar Amsterdam");
        assertThat(names(proposed)).containsExactlyInAnyOrder("gemeente.diemen", "gemeente.amsterdam", "regio.mra");
        assertThat(proposed.link().apply(proposed.recipients().get(0))).isEqualTo("/verdeling/modellen/77/resultaat");
        assertThat(one(change("allocation_swap", "SWAP_CONFIRMED", "5", "GM0384->GM0363", null, null)).kind())
                .isEqualTo(NotificationKind.SWAP_CONFIRMED);
        assertThat(one(change("allocation_swap", "SWAP_REJECTED", "5", "GM0384->GM0363", null, null)).kind())
                .isEqualTo(NotificationKind.SWAP_REJECTED);
        assertThat(rules.concerns(change("allocation_swap", "SWAP_WITHDRAWN", "5", null, null, null))).isFalse();
    }

    @Test
    void aDeviationProposedGoesToTheManagersAndItsDecisionToTheGemeente() {
        Notice proposed = one(change("urgency_scheme", "DEVIATION_PROPOSED", "3", "GM0384/Medisch", "0.1", "te weinig aanbod"));
        assertThat(proposed.title()).isEqualTo("Diemen stelt een afwijking van de urgentieregeling voor");
        assertThat(names(proposed)).containsExactly("regio.mra");
        Notice accepted = one(change("urgency_scheme", "DEVIATION_ACCEPTED", "3", "9", null, null));
        assertThat(accepted.title()).isEqualTo("Uw afwijking van de urgentieregeling is aanvaard");
        assertThat(names(accepted)).containsExactly("gemeente.diemen");
        assertThat(accepted.link().apply(accepted.recipients().get(0))).isEqualTo("/urgentie/versies/3");
    }

    @Test
    void aPublishedTemplateVersionTellsEveryGemeenteOfTheRegion() {
        Notice published = one(new Change(MRA, "regio.mra", "PUBLISHED", "wzv_template", "4", 2, null, null, null, "nieuw hoofdstuk"));
        assertThat(published.title()).isEqualTo("Nieuwe versie van het sjabloon 'Woonzorgvisie MRA' (versie 2)");
        assertThat(names(published)).containsExactlyInAnyOrder("gemeente.diemen", "gemeente.amsterdam");
        assertThat(published.link().apply(published.recipients().get(0))).isEqualTo("/regios/MRA/woonzorgvisie");
    }

    @Test
    void aDeadlineLinksEachGemeenteToItsOwnAnalysisAndCellSavesConcernNobody() {
        Notice deadline = one(new Change(MRA, "regio.mra", "DEADLINE_SET", "demand_deadline", "2027", null, "deadline", null,
                "2027-03-01", null));
        assertThat(deadline.title()).isEqualTo("Deadline vraaganalyse 2027: 1 maart 2027");
        assertThat(deadline.recipients().stream().map(r -> deadline.link().apply(r)))
                .containsExactlyInAnyOrder("/gemeenten/GM0384/vraaganalyse/2027", "/gemeenten/GM0363/vraaganalyse/2027");
        assertThat(rules.concerns(new Change(MRA, "gemeente.diemen", "UPDATED", "demand_analysis", "GM0384/2027", 1,
                "dakloos/zelfstandig/STOCK", "1", "2", null))).isFalse();
        assertThat(rules.plan(new Change(MRA, "regio.mra", "SUBMITTED", "demand_analysis", "REGIONAL/2027", 1, "status", null, null,
                null))).isEmpty();
    }

    @Test
    void whatIsAdoptedIsPublishedToTheGemeentenPartnersAndProvincesOfTheRegion() {
        Notice model = one(new Change(MRA, "regio.mra", "ADOPTED", "allocation_model", "31", 1, null, null, "40",
                "scenario 8, besluit Portefeuillehoudersoverleg Wonen"));
        assertThat(model.kind()).isEqualTo(NotificationKind.MODEL_ADOPTED);
        assertThat(model.title()).isEqualTo("Verdeling Dak- en thuislozen 2027 vastgesteld");
        assertThat(names(model)).containsExactlyInAnyOrder("gemeente.diemen", "gemeente.amsterdam", "regio.mra", "corporatie.mra",
                "provincie.noord-holland");
        assertThat(model.link().apply(model.recipients().get(0))).isEqualTo("/verdeling/modellen/31/resultaat");

        Notice scheme = one(new Change(MRA, "regio.mra", "ADOPTED", "urgency_scheme", "3", 2, "status", "CONCEPT", "ADOPTED",
                "2027-01-01 t/m 2030-12-31"));
        assertThat(scheme.kind()).isEqualTo(NotificationKind.SCHEME_ADOPTED);
        assertThat(scheme.title()).isEqualTo("Urgentieregeling vastgesteld (versie 2)");
        assertThat(names(scheme)).contains("corporatie.mra", "provincie.noord-holland", "gemeente.amsterdam");

        // a woonzorgvisie adopted by its gemeenteraad reaches the region and the readers of what it publishes
        assertThat(names(one(change("wzv_document", "ADOPTED", "12", null, null, "besluit 2026-12-01"))))
                .containsExactlyInAnyOrder("gemeente.diemen", "regio.mra", "corporatie.mra", "provincie.noord-holland");
        // a concept model changing concerns nobody
        assertThat(rules.concerns(change("allocation_model", "UPDATED", "31", null, null, null))).isFalse();
    }

    private Notice one(Change c) {
        assertThat(rules.concerns(c)).as(c.toString()).isTrue();
        List<Notice> notices = rules.plan(c);
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    private static Change change(String type, String action, String id, String field, String newValue, String detail) {
        return new Change(MRA, "someone", action, type, id, null, field, null, newValue, detail);
    }

    private static List<String> names(Notice n) {
        return n.recipients().stream().map(Recipient::username).toList();
    }

    /** Runs the work at once: the rules' reads need no transaction here. */
    private static final class NoTransactions extends TenantTransactions {
        NoTransactions() {
            super(null);
        }

        @Override
        public <T> T read(Scope scope, Supplier<T> work) {
            return work.get();
        }
    }

    /** Diemen and Amsterdam in MRA, each with one medewerker, and regio.mra; document 12 is Diemen's. */
    private static final class Audience implements AudienceRepository {
        private static final Recipient DIEMEN = new Recipient(1, "gemeente.diemen", "GM0384");
        private static final Recipient AMSTERDAM = new Recipient(2, "gemeente.amsterdam", "GM0363");

        @Override
        public List<Recipient> officers(String role, String[] codes) {
            return List.of(DIEMEN, AMSTERDAM).stream().filter(r -> Arrays.asList(codes).contains(r.municipalityCode())).toList();
        }

        @Override
        public List<Recipient> managers(String role, int regionId) {
            return List.of(new Recipient(3, "regio.mra", null));
        }

        @Override
        public List<Recipient> officersOfRegion(String role, int regionId, String subregion) {
            return List.of(DIEMEN, AMSTERDAM);
        }

        @Override
        public Optional<Integer> regionId(String code) {
            return Optional.of(MRA);
        }

        @Override
        public Optional<String> regionCode(int regionId) {
            return Optional.of("MRA");
        }

        @Override
        public Optional<String> municipalityName(String code) {
            return Optional.of(code.equals("GM0384") ? "Diemen" : "Amsterdam");
        }

        @Override
        public Optional<DocumentRef> document(long id) {
            return Optional.of(new DocumentRef("GM0384", null));
        }

        @Override
        public Optional<SwapRef> swap(long id) {
            return Optional.of(new SwapRef(77, "GM0384", "GM0363", 10));
        }

        @Override
        public Optional<String> deviationMunicipality(long id) {
            return Optional.of("GM0384");
        }

        @Override
        public List<Recipient> partners(String[] roles, int regionId) {
            return List.of(new Recipient(4, "corporatie.mra", null));
        }

        @Override
        public List<Recipient> provinceAnalysts(String role, int regionId) {
            return List.of(new Recipient(5, "provincie.noord-holland", null));
        }

        @Override
        public Optional<String> modelName(long id) {
            return Optional.of("Dak- en thuislozen 2027");
        }

        @Override
        public Optional<String> templateName(long id) {
            return Optional.of("Woonzorgvisie MRA");
        }

        @Override
        public List<Due> late(int regionId, int year, String[] delivered) {
            return List.of();
        }

        @Override
        public List<Due> dueOn(LocalDate day, String[] delivered) {
            return List.of();
        }
    }
}
