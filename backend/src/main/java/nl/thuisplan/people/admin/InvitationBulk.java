package nl.thuisplan.people.admin;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.admin.PeoplePolicy.Actor;
import nl.thuisplan.spreadsheet.TableLimits;
import nl.thuisplan.spreadsheet.TableReader;
import nl.thuisplan.spreadsheet.TableReader.RawCell;
import nl.thuisplan.spreadsheet.TableReader.RawRow;

/**
 * Invites everyone in a CSV or XLSX file, all or nothing: each row goes through the same checks as
 * a single invitation ({@link InvitationService#create}) inside one transaction; any error (with its
 * row and column) or a dry run rolls the whole file back. Mails go out only after the commit.
 */
@Singleton
class InvitationBulk {

    static final int MAX_ROWS = 500;
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final List<String> REQUIRED = List.of("email", "naam", "organisatie", "rol");
    static final List<String> OPTIONAL = List.of("regio", "beheert_mensen", "geldig_vanaf", "geldig_tot");
    private static final Pattern KVK = Pattern.compile("\\d{8}");
    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");
    private static final Pattern PROVINCE = Pattern.compile("PV\\d{2}");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");
    /** Which column a field of the single invitation is in the file. */
    private static final Map<String, String> COLUMN_OF = Map.of("email", "email", "displayName", "naam",
            "organisationId", "organisatie", "role", "rol", "regionCode", "regio", "managesPeople", "beheert_mensen",
            "validFrom", "geldig_vanaf", "validTo", "geldig_tot");

    private final InvitationService invitations;
    private final PeoplePolicy policy;
    private final OrganisationRepository organisations;
    private final TenantTransactions tx;

    InvitationBulk(InvitationService invitations, PeoplePolicy policy, OrganisationRepository organisations,
                   TenantTransactions tx) {
        this.invitations = invitations;
        this.policy = policy;
        this.organisations = organisations;
        this.tx = tx;
    }

    /** Thrown to roll a dry run back after every row went through. */
    private static final class DryRun extends RuntimeException {
        private final int rows;

        DryRun(int rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }

    InvitationBulkResult invite(Caller caller, byte[] bytes, boolean dryRun) {
        Actor actor = policy.actor(caller);
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE", "Het bestand is groter dan 2 MB.");
        }
        TableReader.Table table;
        try {
            // the reader stops at the first row over the limit (TOO_MANY_ROWS with its row), before anything is held
            table = TableReader.read(bytes, TableLimits.rows(MAX_ROWS));
        } catch (TableReader.TableReadException e) {
            throw invalid(List.of(new InvitationBulkError(e.row(), e.column(), e.code(), e.getMessage())));
        }
        Map<String, Integer> columns = columns(table.header());
        List<InvitationService.Made> made;
        try {
            made = tx.write(Scope.SYSTEM, () -> {
                List<InvitationBulkError> errors = new ArrayList<>();
                List<InvitationService.Made> done = new ArrayList<>();
                for (RawRow row : table.rows()) {
                    if (row.cells().stream().allMatch(RawCell::blank)) {
                        continue;
                    }
                    List<InvitationBulkError> rowErrors = new ArrayList<>();
                    InvitationRequest request = request(row, columns, rowErrors);
                    if (rowErrors.isEmpty()) {
                        try {
                            done.add(invitations.create(caller, actor, request));
                        } catch (ProblemException e) {
                            rowErrors.addAll(errors(row.number(), e));
                        }
                    }
                    errors.addAll(rowErrors);
                }
                if (!errors.isEmpty()) {
                    throw invalid(errors);
                }
                if (done.isEmpty()) {
                    throw invalid(List.of(new InvitationBulkError(2, "", "EMPTY", "Het bestand bevat geen rijen.")));
                }
                if (dryRun) {
                    throw new DryRun(done.size());
                }
                return done;
            });
        } catch (DryRun d) {
            return new InvitationBulkResult(d.rows, 0, List.of());
        }
        made.forEach(m -> invitations.send(caller, m));
        return new InvitationBulkResult(made.size(), made.size(), List.of());
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<InvitationBulkError> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(c -> new InvitationBulkError(1, c, "MISSING_COLUMN", "De kolom '" + c + "' ontbreekt.")).toList();
        if (!missing.isEmpty()) {
            throw invalid(missing);
        }
        return columns;
    }

    private InvitationRequest request(RawRow row, Map<String, Integer> columns, List<InvitationBulkError> errors) {
        String email = text(row, columns, "email", errors);
        String name = text(row, columns, "naam", errors);
        Long organisationId = organisation(row.number(), text(row, columns, "organisatie", errors), errors);
        Role role = role(row.number(), text(row, columns, "rol", errors), errors);
        String region = text(row, columns, "regio", errors);
        Boolean manages = yesNo(row.number(), text(row, columns, "beheert_mensen", errors), errors);
        LocalDate from = date(row.number(), "geldig_vanaf", text(row, columns, "geldig_vanaf", errors), errors);
        LocalDate to = date(row.number(), "geldig_tot", text(row, columns, "geldig_tot", errors), errors);
        for (String required : REQUIRED) {
            String value = text(row, columns, required, new ArrayList<>());
            if (value == null) {
                errors.add(new InvitationBulkError(row.number(), required, "REQUIRED", "Deze kolom is verplicht."));
            }
        }
        return new InvitationRequest(email, name, organisationId, role, region == null ? null : region.toUpperCase(Locale.ROOT),
                manages, from, to);
    }

    private static String text(RawRow row, Map<String, Integer> columns, String column, List<InvitationBulkError> errors) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        RawCell cell = row.cell(index);
        if (cell == null || cell.blank()) {
            return null;
        }
        if (cell.formula()) {
            errors.add(new InvitationBulkError(row.number(), column, "FORMULA", "Een formule wordt niet ingelezen; vul de waarde in."));
            return null;
        }
        return cell.text().strip();
    }

    private Long organisation(int row, String value, List<InvitationBulkError> errors) {
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        Optional<Organisation> found = KVK.matcher(code).matches() ? organisations.byKvkNumber(code)
                : MUNICIPALITY.matcher(code).matches() ? organisations.ofMunicipality(code)
                : PROVINCE.matcher(code).matches() ? organisations.ofProvince(code)
                : code.length() <= 20 ? organisations.ofRegion(code) : Optional.empty();
        if (found.isEmpty()) {
            errors.add(new InvitationBulkError(row, "organisatie", "UNKNOWN",
                    "Onbekende organisatie: geef een KvK-nummer, CBS-code (GM…), provinciecode (PV…) of regiocode."));
            return null;
        }
        return found.get().organisationId();
    }

    private static Role role(int row, String value, List<InvitationBulkError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvitationBulkError(row, "rol", "UNKNOWN", "Onbekende rol."));
            return null;
        }
    }

    private static Boolean yesNo(int row, String value, List<InvitationBulkError> errors) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "1" -> true;
            case "nee", "n", "false", "0" -> false;
            default -> {
                errors.add(new InvitationBulkError(row, "beheert_mensen", "INVALID", "Vul ja of nee in."));
                yield null;
            }
        };
    }

    private static LocalDate date(int row, String column, String value, List<InvitationBulkError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.contains("-") && value.indexOf('-') == 4 ? LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value)
                    : LocalDate.parse(value, DUTCH_DATE);
        } catch (DateTimeParseException e) {
            errors.add(new InvitationBulkError(row, column, "INVALID_DATE", "Geen datum (jjjj-mm-dd of d-m-jjjj)."));
            return null;
        }
    }

    private static List<InvitationBulkError> errors(int row, ProblemException e) {
        if (!e.fields().isEmpty()) {
            List<InvitationBulkError> out = new ArrayList<>();
            for (FieldProblem f : e.fields()) {
                out.add(new InvitationBulkError(row, COLUMN_OF.getOrDefault(f.field(), f.field()), f.code(), f.message()));
            }
            return out;
        }
        String column = switch (e.code()) {
            case "EMAIL_TAKEN" -> "email";
            case "ROLE_NOT_ALLOWED" -> "rol";
            case "SCOPE_NOT_ALLOWED", "MEMBERSHIP_OVERLAPS" -> "organisatie";
            default -> "";
        };
        return List.of(new InvitationBulkError(row, column, e.code(), e.getMessage()));
    }

    private static ProblemException invalid(List<InvitationBulkError> errors) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "INVITATION_IMPORT_INVALID",
                "Het bestand is niet ingelezen: " + errors.size() + (errors.size() == 1 ? " fout" : " fouten")
                        + ". Er is niemand uitgenodigd.", errors, true);
    }
}
