package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.urgency.UrgencyViews.Scheme;

/** Two versions side by side: what changed in the header, per category (by code) and per quota (by label). Pure. */
final class SchemeComparison {

    @Serdeable
    record Version(long id, int versionNo, SchemeDisplayStatus status) {
    }

    @Serdeable
    record FieldChange(String field, @Nullable String a, @Nullable String b) {
    }

    @Serdeable
    record ItemChange(String key, String name,
                      @Schema(allowableValues = {"ADDED", "REMOVED", "CHANGED", "SAME"}, requiredMode = Schema.RequiredMode.REQUIRED) String change, List<FieldChange> fields) {
    }

    @Serdeable
    record Comparison(Version a, Version b, List<FieldChange> fields, List<ItemChange> categories, List<ItemChange> quotas) {
    }

    private SchemeComparison() {
    }

    static Comparison of(Scheme a, Scheme b) {
        List<FieldChange> header = new ArrayList<>();
        diff(header, "name", a.name(), b.name());
        diff(header, "validFrom", a.validFrom(), b.validFrom());
        diff(header, "validTo", a.validTo(), b.validTo());
        diff(header, "legalBasis.name", a.legalBasis().name(), b.legalBasis().name());
        diff(header, "legalBasis.date", a.legalBasis().date(), b.legalBasis().date());
        Map<String, Map<String, Object>> ca = new LinkedHashMap<>();
        a.categories().forEach(c -> ca.put(c.code(), fields(c)));
        Map<String, Map<String, Object>> cb = new LinkedHashMap<>();
        b.categories().forEach(c -> cb.put(c.code(), fields(c)));
        Map<String, Map<String, Object>> qa = new LinkedHashMap<>();
        a.quotas().forEach(q -> qa.put(q.label(), fields(q)));
        Map<String, Map<String, Object>> qb = new LinkedHashMap<>();
        b.quotas().forEach(q -> qb.put(q.label(), fields(q)));
        return new Comparison(new Version(a.id(), a.versionNo(), a.status()), new Version(b.id(), b.versionNo(), b.status()), header,
                items(ca, cb), items(qa, qb));
    }

    private static List<ItemChange> items(Map<String, Map<String, Object>> a, Map<String, Map<String, Object>> b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<ItemChange> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> fa = a.get(key);
            Map<String, Object> fb = b.get(key);
            String name = String.valueOf((fb != null ? fb : fa).get("name"));
            if (fa == null) {
                out.add(new ItemChange(key, name, "ADDED", List.of()));
            } else if (fb == null) {
                out.add(new ItemChange(key, name, "REMOVED", List.of()));
            } else {
                List<FieldChange> changes = new ArrayList<>();
                fa.forEach((f, v) -> diff(changes, f, v, fb.get(f)));
                out.add(new ItemChange(key, name, changes.isEmpty() ? "SAME" : "CHANGED", changes));
            }
        }
        return out;
    }

    private static Map<String, Object> fields(Category c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("targetGroups", String.join(", ", c.targetGroups()));
        m.put("criteria", c.criteria());
        m.put("evidence", c.evidence());
        m.put("decisionDays", c.decisionDays());
        m.put("waitNormDays", c.waitNormDays());
        m.put("priority", c.priority());
        return m;
    }

    private static Map<String, Object> fields(Quota q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.label());
        m.put("appliesTo", q.appliesTo().regular() ? "REGULAR" : String.join(", ", q.appliesTo().categories()));
        m.put("kind", q.kind());
        m.put("share", q.share());
        m.put("perYear", q.perYear());
        return m;
    }

    private static void diff(List<FieldChange> out, String field, @Nullable Object a, @Nullable Object b) {
        if (!Objects.equals(a == null ? null : a.toString(), b == null ? null : b.toString())) {
            out.add(new FieldChange(field, a == null ? null : a.toString(), b == null ? null : b.toString()));
        }
    }
}
