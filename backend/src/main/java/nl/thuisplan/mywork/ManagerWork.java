package nl.thuisplan.mywork;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.thuisplan.allocation.SwapStatus;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.mywork.MyWorkRepository.AnalysisRow;
import nl.thuisplan.mywork.MyWorkRepository.DeadlineRow;
import nl.thuisplan.mywork.MyWorkRepository.MemberRow;
import nl.thuisplan.mywork.MyWorkViews.LateAnalysis;
import nl.thuisplan.mywork.MyWorkViews.WorkItem;
import nl.thuisplan.urgency.DeviationStatus;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;
import nl.thuisplan.woonzorgvisie.template.TemplateVersionStatus;

/**
 * What waits for a programme manager in its region: analyses submitted (to return or adopt) and those past their
 * deadline and not submitted, woonzorgvisies in review, swaps proposed, deviations to decide, template versions in
 * draft. Runs inside the caller's transaction; only rows of the caller's own region.
 */
@Singleton
class ManagerWork {

    private final MyWorkRepository rows;

    ManagerWork(MyWorkRepository rows) {
        this.rows = rows;
    }

    List<WorkItem> items(Caller caller) {
        String region = Objects.requireNonNull(caller.region()).code();
        List<WorkItem> items = new ArrayList<>();
        for (AnalysisRow a : rows.latestAnalyses(2000)) {
            if (region.equals(a.regionCode()) && a.status().equals(DemandStatus.SUBMITTED.name())) {
                items.add(new WorkItem(WorkKind.ANALYSIS_TO_REVIEW, WorkKind.ANALYSIS_TO_REVIEW.group(),
                        "Vraaganalyse " + area(a) + " " + a.year() + " beoordelen",
                        "Ingediend op " + Words.date(Objects.requireNonNull(a.submittedAt())) + "; terugsturen of vaststellen",
                        null, null, "/vraaganalyses/" + a.analysisId(), a.submittedAt()));
            }
        }
        // the programme manager's scope is its region: checked again on every row
        nl.thuisplan.common.Scope scope = caller.scope();
        for (MyWorkRepository.DocumentRow d : rows.documents(DocumentStatus.ADOPTED.name(), Instant.now())) {
            if (scope.allowsRegion(d.regionId()) && d.status().equals(DocumentStatus.IN_REVIEW.name())) {
                items.add(new WorkItem(WorkKind.DOCUMENT_TO_REVIEW, WorkKind.DOCUMENT_TO_REVIEW.group(),
                        "Woonzorgvisie " + d.areaName() + " " + d.fromYear() + "–" + d.toYear() + " beoordelen",
                        "Ingediend op " + Words.date(Objects.requireNonNull(d.submittedAt()))
                                + (d.openComments() > 0 ? "; " + Words.count(d.openComments(), "open opmerking", "open opmerkingen") : ""),
                        null, null, "/woonzorgvisie/documenten/" + d.documentId(), d.submittedAt()));
            }
        }
        for (MyWorkRepository.SwapRow s : rows.proposedSwaps(SwapStatus.PROPOSED.name())) {
            if (scope.allowsRegion(s.regionId())) {
                String other = s.proposedFor().equals(s.fromCode()) ? s.toName() : s.fromName();
                items.add(new WorkItem(WorkKind.SWAP_PROPOSED, WorkKind.SWAP_PROPOSED.group(),
                        "Ruil tussen " + s.fromName() + " en " + s.toName() + " voorgesteld",
                        Words.count(s.amount(), "woning", "woningen") + " in " + s.modelName() + "; wacht op " + other,
                        null, null, "/verdeling/modellen/" + s.modelId() + "/resultaat", s.proposedAt()));
            }
        }
        for (MyWorkRepository.DeviationRow d : rows.deviations(DeviationStatus.PROPOSED.name(), Instant.now())) {
            if (scope.allowsRegion(d.regionId()) && d.decidedAt() == null) {
                items.add(new WorkItem(WorkKind.DEVIATION_TO_DECIDE, WorkKind.DEVIATION_TO_DECIDE.group(),
                        "Afwijking van " + d.municipalityName() + " beslissen",
                        d.quotaLabel() + " in " + d.schemeName() + " (versie " + d.schemeVersionNo() + "); reden: " + d.reason(),
                        null, null, "/urgentie/versies/" + d.schemeId(), d.proposedAt()));
            }
        }
        for (MyWorkRepository.TemplateDraftRow t : rows.templateDrafts(TemplateVersionStatus.DRAFT.name())) {
            if (scope.allowsRegion(t.regionId())) {
                items.add(new WorkItem(WorkKind.TEMPLATE_TO_PUBLISH, WorkKind.TEMPLATE_TO_PUBLISH.group(),
                        "Sjabloon " + t.templateName() + " versie " + t.versionNo() + " publiceren",
                        "Concept, laatst gewijzigd op " + Words.date(t.updatedAt()), null, null,
                        "/woonzorgvisie/sjablonen/" + t.templateId() + "/versies/" + t.versionNo(), t.updatedAt()));
            }
        }
        return items;
    }

    /**
     * The member municipalities (on the deadline day) whose analysis for a year whose deadline has passed is not
     * submitted or adopted, the longest overdue first.
     */
    List<LateAnalysis> late(Caller caller, LocalDate today) {
        String region = Objects.requireNonNull(caller.region()).code();
        Map<String, AnalysisRow> latest = new HashMap<>();
        for (AnalysisRow a : rows.latestAnalyses(today.getYear() - 2)) {
            if (region.equals(a.regionCode()) && a.municipalityCode() != null) {
                latest.put(a.municipalityCode() + "/" + a.year(), a);
            }
        }
        List<LateAnalysis> late = new ArrayList<>();
        for (DeadlineRow d : rows.deadlinesFrom(today.minusDays(366))) {
            if (!region.equals(d.regionCode()) || !d.deadline().isBefore(today)) {
                continue;
            }
            int daysLate = (int) ChronoUnit.DAYS.between(d.deadline(), today);
            for (MemberRow m : rows.members(d.regionId(), d.deadline())) {
                AnalysisRow a = latest.get(m.municipalityCode() + "/" + d.year());
                String state = state(a);
                if (state != null) {
                    late.add(new LateAnalysis(m.municipalityCode(), m.municipalityName(), region, d.year(), d.deadline(), daysLate,
                            state, a == null ? "/regios/" + region + "/vraaganalyses/" + d.year() : "/vraaganalyses/" + a.analysisId()));
                }
            }
        }
        late.sort(Comparator.comparingInt(LateAnalysis::daysLate).reversed().thenComparing(LateAnalysis::municipalityName));
        return late;
    }

    /** The state of an analysis that keeps it late, in words; null when it is submitted or adopted. */
    private static String state(AnalysisRow a) {
        if (a == null) {
            return "niet begonnen";
        }
        if (a.status().equals(DemandStatus.CONCEPT.name())) {
            return "concept";
        }
        return a.status().equals(DemandStatus.RETURNED.name()) ? "teruggestuurd" : null;
    }

    private static String area(AnalysisRow a) {
        return a.municipalityName() != null ? a.municipalityName() : "van de regio";
    }
}
