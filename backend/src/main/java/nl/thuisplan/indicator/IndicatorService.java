package nl.thuisplan.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Members;
import nl.thuisplan.region.Members.Member;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.spreadsheet.TableLimits;
import nl.thuisplan.spreadsheet.TableReader;

/**
 * Reading a region's indicators (programme manager, beheerder, provincie analist) and importing
 * them (programme manager of the region, beheerder). Municipal officers use the figures through
 * the adopted allocations, which carry their own snapshot.
 */
@Singleton
public class IndicatorService {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Serdeable
    record Table(LocalDate referenceDate, @Schema(format = "date", requiredMode = Schema.RequiredMode.REQUIRED) List<LocalDate> availableDates, List<String> indicators, List<Row> rows) {
    }

    @Serdeable
    record Row(Member municipality, Map<String, ValueView> values) {
    }

    /** A value as the API shows it: the number as an exact decimal string. */
    @Serdeable
    record ValueView(String value, LocalDate referenceDate, String source,
                     @Schema(allowableValues = {"VERIFIED", "APPROXIMATE", "DEMO"}, requiredMode = Schema.RequiredMode.REQUIRED) String status) {
        static ValueView of(IndicatorValue v) {
            return new ValueView(v.value().toPlainString(), v.referenceDate(), v.source(), v.status());
        }
    }

    @Serdeable
    record ImportResult(boolean applied, String layout, int rows, int skipped, List<IndicatorImport.Change> changes,
                        List<IndicatorImport.ImportError> errors) {
    }

    private final TenantTransactions tx;
    private final Regions regions;
    private final Members members;
    private final IndicatorRepository repo;
    private final AuditLog audit;

    IndicatorService(TenantTransactions tx, Regions regions, Members members, IndicatorRepository repo, AuditLog audit) {
        this.tx = tx;
        this.regions = regions;
        this.members = members;
        this.repo = repo;
        this.audit = audit;
    }

    Table table(Caller caller, String regionCode, @Nullable LocalDate referenceDate) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            if (!IndicatorAccess.mayRead(caller)) {
                throw ProblemException.forbidden("De kengetallen van de regio zijn voor de programmamanager en de provincie.");
            }
            List<Member> current = members.current(region.id());
            List<String> codes = current.stream().map(Member::code).toList();
            List<LocalDate> dates = repo.dates(codes);
            LocalDate date = referenceDate != null ? referenceDate : dates.isEmpty() ? LocalDate.now() : dates.get(dates.size() - 1);
            Map<String, Map<String, IndicatorValue>> values = repo.valuesOn(codes, date);
            List<Row> rows = current.stream().map(m -> {
                Map<String, ValueView> shown = new java.util.TreeMap<>();
                values.getOrDefault(m.code(), Map.of()).forEach((k, v) -> shown.put(k, ValueView.of(v)));
                return new Row(m, shown);
            }).toList();
            List<String> indicators = java.util.Arrays.stream(Indicator.values()).filter(Indicator::stored).map(i -> i.code).toList();
            return new Table(date, dates, indicators, rows);
        });
    }

    ImportResult importFile(Caller caller, String regionCode, byte[] bytes, String fileName, boolean dryRun) {
        if (bytes.length > MAX_BYTES) {
            throw invalid(List.of(new IndicatorImport.ImportError(1, "", "UNREADABLE", "Het bestand is groter dan 10 MB.")));
        }
        TableReader.Table table;
        try {
            table = TableReader.read(bytes, TableLimits.rows(IndicatorImport.MAX_ROWS));
        } catch (TableReader.TableReadException e) {
            throw invalid(List.of(new IndicatorImport.ImportError(e.row(), e.column(), e.code(), e.getMessage())));
        }
        return tx.write(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            if (!IndicatorAccess.mayImport(caller, region.code())) {
                throw ProblemException.forbidden("Alleen de programmamanager van de regio leest kengetallen in.");
            }
            Set<String> memberCodes = members.current(region.id()).stream().map(Member::code).collect(Collectors.toSet());
            Set<String> known = new HashSet<>(repo.municipalityCodes());
            IndicatorImport.Plan plan = IndicatorImport.plan(table, memberCodes, known, fileName == null ? "bestand" : fileName);
            if (!plan.errors().isEmpty()) {
                throw invalid(plan.errors());
            }
            Map<String, IndicatorValue> before = repo.exact(memberCodes);
            List<IndicatorImport.Change> changes = new ArrayList<>();
            List<AuditLog.Change> auditChanges = new ArrayList<>();
            List<IndicatorRepository.Write> changed = new ArrayList<>();
            for (IndicatorRepository.Write w : plan.writes()) {
                IndicatorValue old = before.get(IndicatorRepository.key(w.municipality(), w.indicator(), w.referenceDate()));
                String oldText = old == null ? null : old.value().toPlainString();
                String newText = w.value().stripTrailingZeros().toPlainString();
                if (old != null && old.value().compareTo(w.value()) == 0 && old.source().equals(w.source())) {
                    continue; // unchanged: neither a write nor an audit line
                }
                changed.add(w);
                changes.add(new IndicatorImport.Change(w.municipality(), w.indicator(), w.referenceDate(), oldText, newText));
                auditChanges.add(new AuditLog.Change(region.id(), caller.username(), "IMPORTED", "indicator", w.municipality(),
                        null, w.indicator() + "@" + w.referenceDate(), oldText, newText, w.source()));
            }
            if (!dryRun) {
                repo.upsert(changed, caller.username());
                audit.recordAll(auditChanges);
            }
            return new ImportResult(!dryRun, plan.layout(), plan.writes().size(), plan.skipped(), changes, List.of());
        });
    }

    private static ProblemException invalid(List<IndicatorImport.ImportError> errors) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "INDICATOR_IMPORT_INVALID",
                "Het bestand is niet ingelezen: " + errors.size() + (errors.size() == 1 ? " fout" : " fouten")
                        + ". Er is niets gewijzigd.", errors, true);
    }
}
