package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.allocation.AllocationViews.AdoptInput;
import nl.thuisplan.allocation.AllocationViews.Decision;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.report.PdfDocuments;

/**
 * The besluit an adoption records: its date (not in the future), its reference and the body that took it
 * (e.g. "Portefeuillehoudersoverleg Wonen"). All three are required; every missing or wrong one is named in
 * one 400, so the dialog marks each field at once.
 */
final class AdoptionDecision {

    private static final int MAX = 200;

    private AdoptionDecision() {
    }

    static Decision of(AdoptInput body) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(body.decisionDate(), problems);
        String reference = text(body.decisionReference(), "decisionReference", "Vul het kenmerk van het besluit in.", problems);
        String decidedBy = text(body.decisionBody(), "decisionBody", "Vul in wie het besluit nam, bijvoorbeeld het portefeuillehoudersoverleg.",
                problems);
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Vul de gegevens van het besluit in.", problems);
        }
        return new Decision(date, reference, decidedBy);
    }

    private static LocalDate date(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("decisionDate", "REQUIRED", "Vul de datum van het besluit in."));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(LocalDate.now(PdfDocuments.AMSTERDAM)) || date.getYear() < 2000) {
                problems.add(new FieldProblem("decisionDate", "RANGE", "De besluitdatum ligt niet in de toekomst (en na 2000)."));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("decisionDate", "FORMAT", "Een datum als 2026-03-12."));
            return null;
        }
    }

    private static String text(String text, String field, String whenMissing, List<FieldProblem> problems) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, "REQUIRED", whenMissing));
        } else if (value.length() > MAX) {
            problems.add(new FieldProblem(field, "LENGTH", "Hoogstens " + MAX + " tekens."));
        }
        return value;
    }
}
