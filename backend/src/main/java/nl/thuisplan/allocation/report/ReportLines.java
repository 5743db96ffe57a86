package nl.thuisplan.allocation.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * The report's single data source: bounds, table rows, warnings, then the
 * rounding steps (warnings before the long list of steps, so a reader meets them on the table's page), each line
 * tagged with its section. One flat source lets a single template flow everything over pages (the
 * report groups on the section) without subreports, which would each need compiling and a data
 * source of their own. Bounds are lines rather than one text in the title band because a national
 * scenario has dozens: a title band that overflows its page loses that page's footer.
 * Records are read directly: bean data sources look for getX() and miss record accessors.
 */
final class ReportLines implements JRDataSource {

    static final String BOUNDS = "begrenzingen";
    static final String TABLE = "gemeenten";
    static final String STEPS = "stappen";
    static final String WARNINGS = "waarschuwingen";

    private record Line(String section, AllocationReportData.BoundLine bound, AllocationReportData.Row row,
                        AllocationReportData.StepLine step, String warning) {}

    private final Iterator<Line> lines;
    private Line current;

    private ReportLines(List<Line> lines) {
        this.lines = lines.iterator();
    }

    static ReportLines of(AllocationReportData data) {
        List<Line> lines = new ArrayList<>();
        List<AllocationReportData.BoundLine> bounds = orEmpty(data.bounds());
        if (bounds.isEmpty()) {
            lines.add(new Line(BOUNDS, null, null, null, null)); // the template prints "geen"
        }
        for (AllocationReportData.BoundLine bound : bounds) {
            lines.add(new Line(BOUNDS, bound, null, null, null));
        }
        for (AllocationReportData.Row row : orEmpty(data.rows())) {
            lines.add(new Line(TABLE, null, row, null, null));
        }
        for (String warning : orEmpty(data.warnings())) {
            lines.add(new Line(WARNINGS, null, null, null, warning));
        }
        for (AllocationReportData.StepLine step : orEmpty(data.steps())) {
            lines.add(new Line(STEPS, null, null, step, null));
        }
        return new ReportLines(lines);
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
        AllocationReportData.BoundLine bound = current.bound();
        AllocationReportData.Row row = current.row();
        AllocationReportData.StepLine step = current.step();
        return switch (field.getName()) {
            case "section" -> current.section();
            case "code" -> row == null ? null : row.code();
            case "name" -> row != null ? row.name() : bound != null ? bound.municipalityName() : null;
            case "quota" -> row == null ? null : row.quota();
            case "target" -> row == null ? null : row.target();
            case "boundLabel" -> row == null ? null : row.boundLabel();
            case "perThousand" -> row == null ? null : row.perThousand();
            case "number" -> step == null ? null : step.number();
            case "text" -> step != null ? step.text() : bound != null ? bound.text() : current.warning();
            default -> throw new JRException("allocation.jrxml asks for an unknown field: " + field.getName());
        };
    }
}
