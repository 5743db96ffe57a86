package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.admin.AdminAuditViews.AdminAuditItem;
import nl.thuisplan.people.admin.AdminAuditViews.AdminAuditPage;
import nl.thuisplan.spreadsheet.CsvTableWriter;

/**
 * Reads the administration log in the caller's scope: the platform beheerder every region's events
 * and the platform's own, a regio beheerder its own region's (row-level security decides, the role
 * check comes first). Everyone else: 403.
 */
@Singleton
public class AdminAuditService {

    /** The filters of the log; every one optional. */
    public record Filter(@Nullable Long personId, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    static final int MAX_LIMIT = 200;
    /** An export is bounded, so one request cannot hold the server's memory; a narrower filter gets the rest. */
    static final int MAX_EXPORT_ROWS = 100_000;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final List<String> HEADER = List.of("Tijdstip", "Door", "Actie", "Actiecode", "Soort", "Id", "Veld",
            "Oude waarde", "Nieuwe waarde", "Toelichting");

    private final AdminAuditRepository repo;
    private final TenantTransactions tx;

    AdminAuditService(AdminAuditRepository repo, TenantTransactions tx) {
        this.repo = repo;
        this.tx = tx;
    }

    public AdminAuditPage list(Caller caller, Filter filter, @Nullable Integer limit, @Nullable Integer offset) {
        authorise(caller);
        int size = limit == null ? 50 : Math.max(1, Math.min(MAX_LIMIT, limit));
        int from = offset == null ? 0 : Math.max(0, offset);
        return tx.read(caller.scope(), () -> {
            String username = filter.personId() == null ? null : repo.username(filter.personId()).orElse(null);
            String person = filter.personId() == null ? null : String.valueOf(filter.personId());
            String action = blankToNull(filter.action());
            List<AdminAuditItem> items = repo.list(action, filter.from(), filter.to(), person, username, size, from).stream()
                    .map(AdminAuditService::item).toList();
            return new AdminAuditPage(items, repo.count(action, filter.from(), filter.to(), person, username));
        });
    }

    /** The same rows as CSV: semicolons and a byte order mark, so a Dutch spreadsheet opens it as it is. */
    public Writable csv(Caller caller, Filter filter) {
        authorise(caller);
        List<AdminAuditItem> rows = tx.read(caller.scope(), () -> {
            String username = filter.personId() == null ? null : repo.username(filter.personId()).orElse(null);
            String person = filter.personId() == null ? null : String.valueOf(filter.personId());
            return repo.list(blankToNull(filter.action()), filter.from(), filter.to(), person, username, MAX_EXPORT_ROWS, 0).stream()
                    .map(AdminAuditService::item).toList();
        });
        return out -> write(out, rows);
    }

    /** Through the shared CSV writer: semicolons, a byte order mark, labels beside the codes the filter takes. */
    static void write(Writer out, List<AdminAuditItem> rows) throws IOException {
        List<List<?>> lines = new java.util.ArrayList<>(rows.size());
        for (AdminAuditItem r : rows) {
            lines.add(java.util.Arrays.asList(r.occurredAt().atZoneSameInstant(DUTCH_TIME).toLocalDateTime().withNano(0),
                    r.actor(), AuditLabels.action(r.action()), r.action(), AuditLabels.entity(r.entityType()), r.entityId(),
                    r.field(), r.oldValue(), r.newValue(), r.detail()));
        }
        CsvTableWriter.write(out, HEADER, lines);
    }

    private static AdminAuditItem item(AdminAuditRepository.Row r) {
        return new AdminAuditItem(r.occurredAt().atOffset(java.time.ZoneOffset.UTC), r.actor(), r.action(), r.entityType(),
                r.entityId(), r.field(), r.oldValue(), r.newValue(), r.detail());
    }

    private static void authorise(Caller caller) {
        boolean allowed = caller.is(Role.PLATFORM_ADMIN)
                || (caller.is(Role.REGION_PROGRAMME_MANAGER) && caller.managesPeople() && caller.region() != null);
        if (!allowed) {
            throw ProblemException.forbidden("Alleen een beheerder mag het beheerlogboek lezen.");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
