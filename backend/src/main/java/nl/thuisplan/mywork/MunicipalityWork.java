package nl.thuisplan.mywork;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisplan.allocation.ModelStatus;
import nl.thuisplan.allocation.SwapStatus;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.mywork.MyWorkRepository.AnalysisRow;
import nl.thuisplan.mywork.MyWorkRepository.DeadlineRow;
import nl.thuisplan.mywork.MyWorkRepository.DocumentRow;
import nl.thuisplan.mywork.MyWorkViews.WorkItem;
import nl.thuisplan.urgency.DeviationStatus;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;

/**
 * What waits for a gemeente medewerker: its analysis for each current deadline (not started, in progress, returned
 * with the reason), its woonzorgvisies with review comments to resolve or returned, swaps it must confirm, deviations
 * decided for it lately, and realisation to record. Only rows of its own municipality, whatever else the region shows.
 * Runs inside the caller's transaction.
 */
@Singleton
class MunicipalityWork {

    /** How long a decided deviation stays on the list. */
    static final int DECIDED_DAYS = 30;

    private final MyWorkRepository rows;

    MunicipalityWork(MyWorkRepository rows) {
        this.rows = rows;
    }

    List<WorkItem> items(Caller caller, LocalDate today) {
        String own = Objects.requireNonNull(caller.municipality()).code();
        List<WorkItem> items = new ArrayList<>();
        analyses(own, today, items);
        documents(own, items);
        swaps(own, items);
        deviations(own, today, items);
        realisation(own, today, items);
        return items;
    }

    private void analyses(String own, LocalDate today, List<WorkItem> items) {
        Map<Integer, AnalysisRow> byYear = rows.latestAnalyses(today.getYear() - 2).stream()
                .filter(a -> own.equals(a.municipalityCode()))
                .collect(Collectors.toMap(AnalysisRow::year, Function.identity(), (a, b) -> a.updatedAt().isAfter(b.updatedAt()) ? a : b));
        Map<Integer, DeadlineRow> deadlines = rows.deadlinesFrom(today.minusDays(366)).stream()
                .collect(Collectors.toMap(DeadlineRow::year, Function.identity(), (a, b) -> a));
        String path = "/gemeenten/" + own + "/vraaganalyse/";
        for (DeadlineRow d : deadlines.values()) {
            AnalysisRow a = byYear.get(d.year());
            int daysLeft = (int) ChronoUnit.DAYS.between(today, d.deadline());
            String deadline = Words.deadline(d.deadline(), daysLeft);
            if (a == null) {
                items.add(new WorkItem(WorkKind.ANALYSIS_TO_START, WorkKind.ANALYSIS_TO_START.group(),
                        "Vraaganalyse " + d.year() + " starten", "Nog niet begonnen; " + deadline, d.deadline(), daysLeft,
                        path + d.year(), null));
            } else if (a.status().equals(DemandStatus.CONCEPT.name())) {
                items.add(new WorkItem(WorkKind.ANALYSIS_IN_PROGRESS, WorkKind.ANALYSIS_IN_PROGRESS.group(),
                        "Vraaganalyse " + d.year() + " afronden en indienen", "Concept; " + deadline, d.deadline(), daysLeft,
                        path + d.year(), a.updatedAt()));
            }
        }
        for (AnalysisRow a : byYear.values()) {
            if (a.status().equals(DemandStatus.RETURNED.name())) {
                DeadlineRow d = deadlines.get(a.year());
                Integer daysLeft = d == null ? null : (int) ChronoUnit.DAYS.between(today, d.deadline());
                String detail = "Reden: " + a.returnedReason() + (d == null ? "" : "; " + Words.deadline(d.deadline(), daysLeft));
                items.add(new WorkItem(WorkKind.ANALYSIS_RETURNED, WorkKind.ANALYSIS_RETURNED.group(),
                        "Vraaganalyse " + a.year() + " teruggestuurd", detail, d == null ? null : d.deadline(), daysLeft,
                        path + a.year(), a.updatedAt()));
            }
        }
    }

    private void documents(String own, List<WorkItem> items) {
        for (DocumentRow d : rows.documents(DocumentStatus.ADOPTED.name(), Instant.now())) {
            if (!own.equals(d.municipalityCode()) || d.status().equals(DocumentStatus.ADOPTED.name())) {
                continue;
            }
            String title = "Woonzorgvisie " + d.areaName() + " " + d.fromYear() + "–" + d.toYear();
            String comments = Words.count(d.openComments(), "open opmerking", "open opmerkingen") + " te verwerken";
            boolean returned = d.status().equals(DocumentStatus.CONCEPT.name()) && d.submittedAt() != null;
            if (d.status().equals(DocumentStatus.APPROVED.name())) {
                // the region's akkoord is given: what waits is the gemeenteraad's decision, recorded here
                items.add(new WorkItem(WorkKind.DOCUMENT_TO_RECORD, WorkKind.DOCUMENT_TO_RECORD.group(), title + ": vaststelling vastleggen",
                        "Akkoord van de regio; leg na het raadsbesluit de datum en het kenmerk vast", null, null,
                        "/woonzorgvisie/documenten/" + d.documentId(), d.updatedAt()));
            } else if (returned) {
                items.add(new WorkItem(WorkKind.DOCUMENT_RETURNED, WorkKind.DOCUMENT_RETURNED.group(), title + " teruggestuurd",
                        d.openComments() > 0 ? comments : "Aanpassen en opnieuw indienen", null, null,
                        "/woonzorgvisie/documenten/" + d.documentId(), d.updatedAt()));
            } else if (d.openComments() > 0) {
                items.add(new WorkItem(WorkKind.DOCUMENT_COMMENTS, WorkKind.DOCUMENT_COMMENTS.group(), title + ": opmerkingen verwerken",
                        comments, null, null, "/woonzorgvisie/documenten/" + d.documentId(), d.lastCommentAt()));
            }
        }
    }

    private void swaps(String own, List<WorkItem> items) {
        for (MyWorkRepository.SwapRow s : rows.proposedSwaps(SwapStatus.PROPOSED.name())) {
            boolean party = own.equals(s.fromCode()) || own.equals(s.toCode());
            if (!party || own.equals(s.proposedFor())) {
                continue; // the proposer waits for the other party; nobody else takes part
            }
            String proposer = own.equals(s.fromCode()) ? s.toName() : s.fromName();
            items.add(new WorkItem(WorkKind.SWAP_TO_CONFIRM, WorkKind.SWAP_TO_CONFIRM.group(), "Ruil met " + proposer + " bevestigen of afwijzen",
                    Words.count(s.amount(), "woning", "woningen") + " van " + s.fromName() + " naar " + s.toName() + " in "
                            + s.modelName() + "; reden: " + s.reason(),
                    null, null, "/verdeling/modellen/" + s.modelId() + "/resultaat", s.proposedAt()));
        }
    }

    private void deviations(String own, LocalDate today, List<WorkItem> items) {
        Instant since = today.minusDays(DECIDED_DAYS).atStartOfDay(Words.ZONE).toInstant();
        for (MyWorkRepository.DeviationRow d : rows.deviations(DeviationStatus.PROPOSED.name(), since)) {
            if (!own.equals(d.municipalityCode()) || d.decidedAt() == null) {
                continue;
            }
            boolean accepted = d.status().equals(DeviationStatus.ACCEPTED.name());
            items.add(new WorkItem(WorkKind.DEVIATION_DECIDED, WorkKind.DEVIATION_DECIDED.group(),
                    "Afwijking voor " + d.quotaLabel() + (accepted ? " geaccepteerd" : " afgewezen"),
                    d.schemeName() + " (versie " + d.schemeVersionNo() + "), besloten op " + Words.date(d.decidedAt()),
                    null, null, "/urgentie/versies/" + d.schemeId(), d.decidedAt()));
        }
    }

    private void realisation(String own, LocalDate today, List<WorkItem> items) {
        for (MyWorkRepository.TargetRow t : rows.targetsWithoutRealisation(ModelStatus.ADOPTED.name(), own, today.getYear())) {
            items.add(new WorkItem(WorkKind.REALISATION_TO_RECORD, WorkKind.REALISATION_TO_RECORD.group(),
                    "Realisatie vastleggen voor " + t.modelName(),
                    "Opgave " + Words.count(t.target(), "woning", "woningen") + " in " + Words.period(t.periodYear(), t.periodHalf()),
                    null, null, "/verdeling/modellen/" + t.modelId() + "/resultaat", t.adoptedAt()));
        }
    }
}
