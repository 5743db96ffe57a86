package nl.thuisplan.demand;

import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.spreadsheet.TableFormat;
import nl.thuisplan.spreadsheet.TableLimits;
import nl.thuisplan.spreadsheet.TableReader;
import nl.thuisplan.spreadsheet.TableWriter;
import nl.thuisplan.targetgroup.TargetGroups;

/** Template, export and import of one analysis; the import is all-or-nothing in one transaction. */
@Singleton
class DemandFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    /**
     * Data rows per file. An analysis has one row per active target group × housing form (a few hundred at
     * most), so this leaves room for blank and repeated rows while bounding what one upload can make the server hold.
     */
    static final int MAX_ROWS = 5_000;

    @Serdeable
    record ImportResult(boolean applied, List<DemandImport.Change> changes, List<DemandImport.ImportError> errors) {
    }

    private final TenantTransactions tx;
    private final DemandReads reads;
    private final DemandAnalysisRepository analyses;
    private final DemandCellRepository cells;
    private final DemandWrites writes;
    private final TargetGroups groups;
    private final AuditLog audit;

    DemandFiles(TenantTransactions tx, DemandReads reads, DemandAnalysisRepository analyses, DemandCellRepository cells,
                DemandWrites writes, TargetGroups groups, AuditLog audit) {
        this.tx = tx;
        this.reads = reads;
        this.analyses = analyses;
        this.cells = cells;
        this.writes = writes;
        this.groups = groups;
        this.audit = audit;
    }

    /**
     * The analysis as a table: every active group × form, with the current figures (also the template). CSV is the
     * plain list; XLSX is {@link DemandWorkbook}'s protected workbook with subtotals per group.
     */
    byte[] export(Caller caller, long id, TableFormat format) {
        return tx.read(caller.scope(), () -> {
            Analysis a = reads.require(caller, id);
            Map<String, Cell> stored = byKey(cells.cells(a));
            String area = a.regional() ? a.regionName() : a.municipalityName();
            List<Ref> forms = reads.housingForms();
            List<DemandWorkbook.Group> sheet = new ArrayList<>();
            for (var g : groups.forRegion(a.regionId(), true)) {
                List<List<Object>> rows = new ArrayList<>();
                for (Ref f : forms) {
                    rows.add(row(area, a.year(), g.name(), f, stored, g.code()));
                }
                sheet.add(new DemandWorkbook.Group(g.name(), rows));
            }
            if (format == TableFormat.XLSX) {
                return DemandWorkbook.write(area, a.year(), sheet, forms.stream().map(Ref::name).toList());
            }
            List<List<Object>> rows = sheet.stream().flatMap(g -> g.rows().stream()).toList();
            return TableWriter.write(format, DemandWorkbook.SHEET, DemandSheet.dutchHeader(), rows);
        });
    }

    /** One line: the keys as names (the import reads names and codes), then value, low and high per measure, source and note. */
    private static List<Object> row(String area, int year, String group, Ref form, Map<String, Cell> stored, String groupCode) {
        List<Object> row = new ArrayList<>(List.of(area, year, group, form.name()));
        String source = null;
        String note = null;
        for (Measure m : Measure.values()) {
            Cell c = stored.get(groupCode + "/" + form.code() + "/" + m);
            row.add(c == null ? null : c.value());
            row.add(c == null ? null : c.low());
            row.add(c == null ? null : c.high());
            source = source != null || c == null ? source : c.source();
            note = note != null || c == null ? note : c.note();
        }
        row.add(source);
        row.add(note);
        return row;
    }

    ImportResult importFile(Caller caller, long id, byte[] bytes, String fileName, boolean dryRun) {
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "Het bestand is groter dan 10 MB.");
        }
        TableReader.Table table;
        try {
            table = TableReader.read(bytes, TableLimits.rows(MAX_ROWS));
        } catch (TableReader.TableReadException e) {
            throw invalid(List.of(new DemandImport.ImportError(e.row(), e.column(), e.code(), e.getMessage())));
        }
        return tx.write(caller.scope(), () -> {
            Analysis a = reads.require(caller, id);
            DemandAccess.requireEditable(caller, a);
            List<Ref> active = groups.forRegion(a.regionId(), true).stream().map(g -> new Ref(g.code(), g.name())).toList();
            DemandImport.Plan plan = DemandImport.plan(table, a, active, reads.housingForms(), byKey(cells.cells(a)));
            if (!plan.errors().isEmpty()) {
                throw invalid(plan.errors());
            }
            if (dryRun) {
                return new ImportResult(false, plan.changes(), List.of());
            }
            List<Cell> inserts = new ArrayList<>();
            List<Cell> updates = new ArrayList<>();
            List<Integer> versions = new ArrayList<>();
            List<AuditLog.Change> changes = new ArrayList<>();
            for (DemandImport.Write w : plan.writes()) {
                if (w.before() == null) {
                    inserts.add(w.after());
                } else {
                    updates.add(w.after());
                    versions.add(w.before().version());
                }
                changes.addAll(writes.cellChanges(caller, a, w.before(), w.after(), "IMPORTED"));
            }
            List<Cell> written = cells.writeAll(a.regionId(), a.id(), a.municipalityCode(), inserts, updates, versions,
                    caller.username());
            if (written.size() != plan.writes().size()) {
                // someone saved a figure between reading and writing: roll the whole import back
                throw new ProblemException(HttpStatus.CONFLICT, "DEMAND_IMPORT_CONFLICT",
                        "Tijdens het inlezen wijzigde iemand anders een cijfer. Er is niets ingelezen; probeer het opnieuw.");
            }
            audit.recordAll(changes);
            audit.record(new AuditLog.Change(a.regionId(), caller.username(), "IMPORTED", "demand_analysis", a.auditKey(),
                    a.versionNo(), null, null, String.valueOf(plan.writes().size()), fileName));
            analyses.touch(a.regionId(), a.id());
            return new ImportResult(true, plan.changes(), List.of());
        });
    }

    private static ProblemException invalid(List<DemandImport.ImportError> errors) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "DEMAND_IMPORT_INVALID",
                "Het bestand is niet ingelezen: " + errors.size() + (errors.size() == 1 ? " fout" : " fouten")
                        + ". Er is niets gewijzigd.", errors, true);
    }

    private static Map<String, Cell> byKey(List<Cell> cells) {
        Map<String, Cell> map = new HashMap<>();
        cells.forEach(c -> map.put(c.key(), c));
        return map;
    }
}
