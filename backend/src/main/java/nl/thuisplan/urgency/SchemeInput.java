package nl.thuisplan.urgency;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.urgency.UrgencyViews.AppliesTo;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Quota;

/**
 * The body of {@code PUT /api/v1/urgency/schemes/{id}}: the whole editable version. Checked field by
 * field so every mistake comes back at once with its path; nothing is stored unless all is well.
 */
@Serdeable
record SchemeInput(@Nullable String name, @Nullable String validFrom, @Nullable String validTo,
                   @Nullable LegalInput legalBasis, @Nullable List<CategoryInput> categories,
                   @Nullable List<QuotaInput> quotas, @Nullable Integer lockVersion) {

    @Serdeable
    record LegalInput(@Nullable String name, @Nullable @Schema(format = "date") String date) {
    }

    @Serdeable
    record CategoryInput(@Nullable String code, @Nullable String name, @Nullable String mandatory,
                         @Nullable List<String> targetGroups, @Nullable String criteria, @Nullable String evidence,
                         @Nullable Integer decisionDays, @Nullable Integer waitNormDays, @Nullable Integer priority) {
    }

    @Serdeable
    record QuotaInput(@Nullable Long id, @Nullable String label, @Nullable AppliesTo appliesTo, @Nullable String kind,
                      @Nullable String share, @Nullable Integer perYear) {
    }

    /** The same draft with the version filled in: a check of a draft is not a save and needs no version. */
    SchemeInput withLockVersion(int version) {
        return new SchemeInput(name, validFrom, validTo, legalBasis, categories, quotas, version);
    }

    record Checked(SchemeRepository.Header header, List<Category> categories, List<Quota> quotas) {
    }

    Checked validate(Set<String> knownTargetGroups, Set<Long> existingQuotaIds) {
        List<FieldProblem> errors = new ArrayList<>();
        if (lockVersion == null) {
            errors.add(new FieldProblem("lockVersion", "REQUIRED", "De versie ontbreekt."));
        }
        String n = text(name, "name", 200, true, errors);
        LocalDate from = date(validFrom, "validFrom", true, errors);
        LocalDate to = date(validTo, "validTo", true, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldProblem("validTo", "DATES_REVERSED", "De einddatum ligt voor de begindatum."));
        }
        String legalName = legalBasis == null ? null : text(legalBasis.name(), "legalBasis.name", 300, false, errors);
        LocalDate legalDate = legalBasis == null ? null : date(legalBasis.date(), "legalBasis.date", false, errors);
        List<Category> cats = categories(knownTargetGroups, errors);
        Set<String> codes = new HashSet<>();
        cats.forEach(c -> codes.add(c.code()));
        List<Quota> qs = quotas(codes, existingQuotaIds, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.", errors);
        }
        return new Checked(new SchemeRepository.Header(n, from, to, legalName, legalDate), cats, qs);
    }

    private List<Category> categories(Set<String> knownTargetGroups, List<FieldProblem> errors) {
        List<Category> out = new ArrayList<>();
        if (categories == null) {
            return out;
        }
        if (categories.size() > 50) {
            errors.add(new FieldProblem("categories", "COUNT", "Hoogstens 50 categorieën."));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            CategoryInput c = categories.get(i);
            String p = "categories[" + i + "]";
            if (c == null) {
                errors.add(new FieldProblem(p, "REQUIRED", "Lege categorie."));
                continue;
            }
            int before = errors.size();
            String code = c.code() == null ? "" : c.code().trim();
            if (!code.matches("[a-z0-9_]{2,40}")) {
                errors.add(new FieldProblem(p + ".code", "BAD_CODE", "Een code is 2 tot 40 kleine letters, cijfers of _."));
            } else if (!seen.add(code)) {
                errors.add(new FieldProblem(p + ".code", "DUPLICATE", "Deze code staat er al in."));
            }
            String name = text(c.name(), p + ".name", 200, true, errors);
            List<String> groups = c.targetGroups() == null ? List.of() : List.copyOf(new java.util.TreeSet<>(c.targetGroups()));
            groups.stream().filter(g -> !knownTargetGroups.contains(g)).findFirst().ifPresent(g -> errors.add(
                    new FieldProblem(p + ".targetGroups", "UNKNOWN_TARGET_GROUP", "Onbekende aandachtsgroep '" + g + "'.")));
            if (c.mandatory() != null && MandatoryCategories.ALL.stream().noneMatch(m -> m.code().equals(c.mandatory()))) {
                errors.add(new FieldProblem(p + ".mandatory", "UNKNOWN_MANDATORY", "Onbekende verplichte categorie."));
            }
            String criteria = text(c.criteria(), p + ".criteria", 4000, false, errors);
            String evidence = text(c.evidence(), p + ".evidence", 4000, false, errors);
            int decision = whole(c.decisionDays(), p + ".decisionDays", 1, 365, errors);
            int wait = whole(c.waitNormDays(), p + ".waitNormDays", 1, 3650, errors);
            int priority = c.priority() == null ? i + 1 : whole(c.priority(), p + ".priority", 1, 1000, errors);
            if (errors.size() == before) {
                out.add(new Category(code, name, c.mandatory(), groups, criteria, evidence, decision, wait, priority));
            }
        }
        return out;
    }

    private List<Quota> quotas(Set<String> categoryCodes, Set<Long> existingIds, List<FieldProblem> errors) {
        List<Quota> out = new ArrayList<>();
        if (quotas == null) {
            return out;
        }
        if (quotas.size() > 50) {
            errors.add(new FieldProblem("quotas", "COUNT", "Hoogstens 50 quota."));
            return out;
        }
        for (int i = 0; i < quotas.size(); i++) {
            QuotaInput q = quotas.get(i);
            String p = "quotas[" + i + "]";
            if (q == null) {
                errors.add(new FieldProblem(p, "REQUIRED", "Leeg quotum."));
                continue;
            }
            int before = errors.size();
            if (q.id() != null && !existingIds.contains(q.id())) {
                errors.add(new FieldProblem(p + ".id", "UNKNOWN_QUOTA", "Dit quotum hoort niet bij deze versie."));
            }
            String label = text(q.label(), p + ".label", 200, true, errors);
            AppliesTo applies = q.appliesTo() == null ? new AppliesTo(false, List.of()) : q.appliesTo();
            List<String> cats = applies.categories() == null ? List.of() : List.copyOf(new java.util.TreeSet<>(applies.categories()));
            if (!applies.regular() && cats.isEmpty()) {
                errors.add(new FieldProblem(p + ".appliesTo", "EMPTY", "Kies de categorieën of de reguliere woningzoekenden."));
            }
            if (applies.regular() && !cats.isEmpty()) {
                errors.add(new FieldProblem(p + ".appliesTo", "MIXED", "Een quotum geldt voor urgenten óf voor reguliere woningzoekenden."));
            }
            cats.stream().filter(c -> !categoryCodes.contains(c)).findFirst().ifPresent(c -> errors.add(
                    new FieldProblem(p + ".appliesTo", "UNKNOWN_CATEGORY", "Onbekende categorie '" + c + "'.")));
            String kind = q.kind() == null ? "" : q.kind();
            String share = null;
            Integer perYear = null;
            switch (kind) {
                case "MAX_SHARE", "MIN_SHARE" -> share = share(q.share(), p + ".share", errors);
                case "PER_YEAR" -> perYear = whole(q.perYear(), p + ".perYear", 0, 1_000_000, errors);
                default -> errors.add(new FieldProblem(p + ".kind", "UNKNOWN", "Kies MAX_SHARE, MIN_SHARE of PER_YEAR."));
            }
            if (kind.equals("PER_YEAR") && applies.regular()) {
                errors.add(new FieldProblem(p + ".kind", "PER_YEAR_REGULAR", "Een aantal per jaar geldt voor urgente categorieën."));
            }
            if (errors.size() == before) {
                out.add(new Quota(q.id(), label, new AppliesTo(applies.regular(), cats), kind, share, perYear));
            }
        }
        return out;
    }

    static @Nullable String share(@Nullable String text, String path, List<FieldProblem> errors) {
        try {
            BigDecimal v = new BigDecimal(text == null ? "" : text.trim());
            if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
                errors.add(new FieldProblem(path, "RANGE", "Een aandeel ligt tussen 0 en 1 (0% en 100%)."));
                return null;
            }
            if (v.scale() > 6) {
                errors.add(new FieldProblem(path, "TOO_PRECISE", "Hoogstens zes decimalen (0,0001%)."));
                return null;
            }
            return v.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem(path, "NOT_A_NUMBER", "'" + text + "' is geen getal (0.25 voor 25%)."));
            return null;
        }
    }

    private static int whole(@Nullable Integer v, String path, int min, int max, List<FieldProblem> errors) {
        if (v == null || v < min || v > max) {
            errors.add(new FieldProblem(path, "RANGE", "Een geheel getal van " + min + " tot " + max + "."));
            return min;
        }
        return v;
    }

    private static @Nullable String text(@Nullable String v, String path, int max, boolean required, List<FieldProblem> errors) {
        String t = v == null ? "" : v.trim();
        if (required && t.isEmpty() || t.length() > max) {
            errors.add(new FieldProblem(path, "LENGTH", (required ? "Verplicht, " : "") + "hoogstens " + max + " tekens."));
        }
        return t.isEmpty() ? null : t;
    }

    private static @Nullable LocalDate date(@Nullable String v, String path, boolean required, List<FieldProblem> errors) {
        if (v == null || v.isBlank()) {
            if (required) {
                errors.add(new FieldProblem(path, "REQUIRED", "Geef een datum als 2027-01-01."));
            }
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(path, "BAD_DATE", "'" + v + "' is geen datum als 2027-01-01."));
            return null;
        }
    }
}
