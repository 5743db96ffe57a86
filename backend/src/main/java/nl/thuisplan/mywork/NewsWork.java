package nl.thuisplan.mywork;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.allocation.ModelStatus;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.mywork.MyWorkViews.WorkItem;
import nl.thuisplan.urgency.SchemeStatus;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;

/**
 * What is new for a reader since it last marked the news as seen: for a provincie analist the adopted analyses,
 * woonzorgvisies, verdelingen and urgentieregelingen in its scope; for a partner the verdelingen, urgentieregelingen
 * and woonzorgvisies its region published. Row-level security already shows these readers adopted rows only; the
 * status filter says so again. Runs inside the caller's transaction.
 */
@Singleton
class NewsWork {

    private final MyWorkRepository rows;

    NewsWork(MyWorkRepository rows) {
        this.rows = rows;
    }

    List<WorkItem> items(Caller caller, Instant since) {
        List<WorkItem> items = new ArrayList<>();
        if (!caller.role().partner()) {
            for (MyWorkRepository.AnalysisRow a : rows.adoptedAnalysesSince(DemandStatus.ADOPTED.name(), since)) {
                if (a.municipalityCode() == null || caller.scope().allowsMunicipality(a.municipalityCode())) {
                    items.add(new WorkItem(WorkKind.ANALYSIS_ADOPTED, WorkKind.ANALYSIS_ADOPTED.group(),
                            "Vraaganalyse " + (a.municipalityName() != null ? a.municipalityName() : "van de regio") + " " + a.year()
                                    + " vastgesteld",
                            "Vastgesteld op " + Words.date(a.adoptedAt()), null, null, "/vraaganalyses/" + a.analysisId(), a.adoptedAt()));
                }
            }
        }
        for (MyWorkRepository.DocumentRow d : rows.documents(DocumentStatus.ADOPTED.name(), since)) {
            if (d.status().equals(DocumentStatus.ADOPTED.name()) && caller.scope().allowsRegion(d.regionId())) {
                items.add(new WorkItem(WorkKind.DOCUMENT_ADOPTED, WorkKind.DOCUMENT_ADOPTED.group(),
                        "Woonzorgvisie " + d.areaName() + " " + d.fromYear() + "–" + d.toYear() + " vastgesteld",
                        "Vastgesteld op " + Words.date(d.adoptedAt()), null, null, "/woonzorgvisie/documenten/" + d.documentId(),
                        d.adoptedAt()));
            }
        }
        for (MyWorkRepository.AdoptedRow a : rows.adoptedSince(ModelStatus.ADOPTED.name(), SchemeStatus.ADOPTED.name(), since)) {
            if (!caller.scope().allowsRegion(a.regionId())) {
                continue;
            }
            boolean model = a.kind().equals("MODEL");
            WorkKind kind = model ? WorkKind.MODEL_ADOPTED : WorkKind.SCHEME_ADOPTED;
            items.add(new WorkItem(kind, kind.group(),
                    (model ? "Verdeling " : "Urgentieregeling ") + a.name() + " vastgesteld",
                    a.regionName() + ", vastgesteld op " + Words.date(a.adoptedAt()), null, null,
                    model ? "/verdeling/modellen/" + a.id() + "/resultaat" : "/urgentie/versies/" + a.id(), a.adoptedAt()));
        }
        return items;
    }
}
