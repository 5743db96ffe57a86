package nl.thuisplan.woonzorgvisie.export;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import nl.thuisplan.woonzorgvisie.export.DocumentFlow.Line;

/**
 * The template's data source over the document's lines. Records are read directly: JasperReports'
 * bean data sources look for getX() and miss record accessors. Table cells are fields c1…c8 with
 * their alignment r1…r8, because a template can only address fields by a fixed name.
 */
final class FlowSource implements JRDataSource {

    private final Iterator<Line> lines;
    private Line current;

    FlowSource(List<Line> lines) {
        this.lines = lines.iterator();
    }

    @Override
    public boolean next() {
        current = lines.hasNext() ? lines.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        FlowElement e = current.element();
        String name = field.getName();
        return switch (name) {
            case "kind" -> e.kind().name();
            case "level" -> e.level();
            case "marker" -> e.marker();
            case "text" -> e.text();
            case "anchor" -> e.anchor();
            case "image" -> e.image();
            case "columns" -> e.cells().size();
            case "chapter" -> current.chapter().index();
            case "chapterLabel" -> current.chapter().label();
            case "chapterAnchor" -> current.chapter().anchor();
            case "section" -> current.section().index();
            case "sectionLabel" -> current.section().label();
            case "sectionAnchor" -> current.section().anchor();
            case "run" -> current.run();
            case "runKind" -> current.runHead() == null ? null : current.runHead().kind().name();
            case "runLevel" -> current.runHead() == null ? 0 : current.runHead().level();
            case "runText" -> current.runHead() == null ? null : current.runHead().text();
            default -> cell(name, e);
        };
    }

    private static Object cell(String name, FlowElement e) throws JRException {
        if (name.length() == 2 && (name.charAt(0) == 'c' || name.charAt(0) == 'r') && Character.isDigit(name.charAt(1))) {
            int i = name.charAt(1) - '1';
            if (name.charAt(0) == 'c') {
                return i < e.cells().size() ? e.cells().get(i) : null;
            }
            return i < e.right().size() && e.right().get(i);
        }
        throw new JRException("woonzorgvisie.jrxml asks for an unknown field: " + name);
    }
}
