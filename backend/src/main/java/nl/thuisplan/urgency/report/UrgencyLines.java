package nl.thuisplan.urgency.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import nl.thuisplan.urgency.report.UrgencyDocumentData.CategoryBlock;
import nl.thuisplan.urgency.report.UrgencyDocumentData.DeviationLine;
import nl.thuisplan.urgency.report.UrgencyDocumentData.QuotaLine;

/**
 * The document's single data source: warnings (first, so a reader meets them before the content),
 * categories in priority order, quotas, then deviations, each line tagged with its section. One flat
 * source lets a single template flow everything over pages (the template groups on the section)
 * without subreports, which would each need compiling and a data source of their own. An empty
 * section other than the warnings still gets one blank line, so the template can say "geen".
 * Records are read directly: bean data sources look for getX() and miss record accessors.
 */
final class UrgencyLines implements JRDataSource {

    static final String WARNINGS = "waarschuwingen";
    static final String CATEGORIES = "categorieen";
    static final String QUOTAS = "quota";
    static final String DEVIATIONS = "afwijkingen";

    private record Line(String section, CategoryBlock category, QuotaLine quota, DeviationLine deviation,
                        String warning) {}

    private final Iterator<Line> lines;
    private Line current;

    private UrgencyLines(List<Line> lines) {
        this.lines = lines.iterator();
    }

    static UrgencyLines of(UrgencyDocumentData data) {
        List<Line> lines = new ArrayList<>();
        for (String warning : orEmpty(data.warnings())) {
            lines.add(new Line(WARNINGS, null, null, null, warning));
        }
        // stable sort: equal priorities keep the caller's order
        List<CategoryBlock> categories = orEmpty(data.categories()).stream()
                .sorted(Comparator.comparingInt(CategoryBlock::priority)).toList();
        if (categories.isEmpty()) {
            lines.add(new Line(CATEGORIES, null, null, null, null));
        }
        for (CategoryBlock category : categories) {
            lines.add(new Line(CATEGORIES, category, null, null, null));
        }
        List<QuotaLine> quotas = orEmpty(data.quotas());
        if (quotas.isEmpty()) {
            lines.add(new Line(QUOTAS, null, null, null, null));
        }
        for (QuotaLine quota : quotas) {
            lines.add(new Line(QUOTAS, null, quota, null, null));
        }
        List<DeviationLine> deviations = orEmpty(data.deviations());
        if (deviations.isEmpty()) {
            lines.add(new Line(DEVIATIONS, null, null, null, null));
        }
        for (DeviationLine deviation : deviations) {
            lines.add(new Line(DEVIATIONS, null, null, deviation, null));
        }
        return new UrgencyLines(lines);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    @Override
    public boolean next() {
        current = lines.hasNext() ? lines.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        CategoryBlock c = current.category();
        QuotaLine q = current.quota();
        DeviationLine d = current.deviation();
        return switch (field.getName()) {
            case "section" -> current.section();
            // "empty" marks the blank line of a section without entries
            case "empty" -> c == null && q == null && d == null && current.warning() == null;
            case "priority" -> c == null ? null : c.priority();
            case "name" -> c != null ? c.name() : q != null ? q.label() : d != null ? d.municipality() : null;
            case "keepTogether" -> c != null && CategoryHeight.keepTogether(c);
            case "mandatory" -> c == null || c.mandatoryText() == null || c.mandatoryText().isBlank()
                    ? null : c.mandatoryText();
            case "targetGroups" -> c == null ? null : c.targetGroups();
            case "criteria" -> c == null ? null : c.criteria();
            case "evidence" -> c == null ? null : c.evidence();
            case "decisionDays" -> c == null ? null : c.decisionDays();
            case "waitNorm" -> c == null ? null : c.waitNorm();
            case "appliesTo" -> q != null ? q.appliesTo() : d != null ? d.quotaLabel() : null;
            case "bound" -> q != null ? q.bound() : d != null ? d.value() : null;
            case "text" -> d != null ? d.reason() : current.warning();
            default -> throw new JRException("urgency.jrxml asks for an unknown field: " + field.getName());
        };
    }
}
