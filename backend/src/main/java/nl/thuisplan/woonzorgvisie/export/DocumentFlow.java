package nl.thuisplan.woonzorgvisie.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import nl.thuisplan.woonzorgvisie.content.Part;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument.Chapter;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument.Section;
import nl.thuisplan.woonzorgvisie.export.FlowElement.Kind;

/**
 * The document as the template's lines: first the table of contents, then every chapter and section
 * with its parts. Each line knows its chapter and section, and its run: the stretch of a section
 * from one heading or data-block title to the next. The template groups on all three and prints a
 * heading when its group starts, so that a group's minimum height keeps a heading from standing alone
 * at the bottom of a page (a chapter also starts on a new page).
 */
final class DocumentFlow {

    /** A chapter or section heading; index 0 is "none" (the table of contents, a chapter's intro). */
    record Heading(int index, String label, String anchor) {
        static final Heading NONE = new Heading(0, null, null);
    }

    /**
     * One line of the template's data source.
     *
     * @param run     number of the run the line belongs to, 0 before a section's first heading
     * @param runHead the heading or data-block title that opened the run, or null
     */
    record Line(Heading chapter, Heading section, int run, FlowElement runHead, FlowElement element) {

        Line(Heading chapter, Heading section, FlowElement element) {
            this(chapter, section, 0, null, element);
        }
    }

    private DocumentFlow() {
    }

    /** @param charts draws a block's chart as PNG; passed in so tests and the bench see it run */
    static List<Line> of(RenderedDocument doc, Function<DataBlock.Chart, byte[]> charts) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Heading.NONE, Heading.NONE, FlowElement.of(Kind.TOC_TITLE)));
        int sectionIndex = 0;
        int runs = 0;
        Set<String> anchors = new HashSet<>();
        List<Heading> chapters = new ArrayList<>();
        List<List<Heading>> sections = new ArrayList<>();
        for (int c = 0; c < doc.chapters().size(); c++) {
            Chapter chapter = doc.chapters().get(c);
            String chapterLabel = label(chapter.number(), chapter.title());
            Heading ch = new Heading(c + 1, chapterLabel, anchor(chapterLabel, anchors));
            chapters.add(ch);
            lines.add(new Line(Heading.NONE, Heading.NONE, tocEntry(1, chapter.number(), chapter.title(), ch.anchor())));
            List<Heading> own = new ArrayList<>();
            for (Section section : chapter.sections()) {
                sectionIndex++;
                String sectionLabel = label(section.number(), section.title());
                Heading s = new Heading(sectionIndex, sectionLabel, anchor(sectionLabel, anchors));
                own.add(s);
                lines.add(new Line(Heading.NONE, Heading.NONE, tocEntry(2, section.number(), section.title(), s.anchor())));
            }
            sections.add(own);
        }
        for (int c = 0; c < doc.chapters().size(); c++) {
            Chapter chapter = doc.chapters().get(c);
            Heading ch = chapters.get(c);
            if (chapter.sections().isEmpty()) {
                lines.add(new Line(ch, Heading.NONE, FlowElement.of(Kind.EMPTY)));
            }
            for (int s = 0; s < chapter.sections().size(); s++) {
                Heading sh = sections.get(c).get(s);
                runs = section(lines, ch, sh, parts(chapter.sections().get(s).parts(), charts), runs);
            }
        }
        return lines;
    }

    /**
     * Adds a section's elements, each heading and block title opening a new run (and printed as that
     * run's group header rather than as a line). A run with nothing after its heading gets an empty
     * line, because JasperReports prints a group header only with a line to go under it.
     *
     * @return the number of runs so far
     */
    private static int section(List<Line> lines, Heading chapter, Heading section, List<FlowElement> elements, int runs) {
        int run = 0;
        FlowElement head = null;
        boolean empty = false;
        for (FlowElement e : elements) {
            if (e.kind() == Kind.HEADING || e.kind() == Kind.BLOCK_TITLE) {
                if (empty) {
                    lines.add(new Line(chapter, section, run, head, FlowElement.of(Kind.GAP)));
                }
                run = ++runs;
                head = e;
                empty = true;
            } else {
                lines.add(new Line(chapter, section, run, head, e));
                empty = false;
            }
        }
        if (empty) {
            lines.add(new Line(chapter, section, run, head, FlowElement.of(Kind.GAP)));
        }
        return runs;
    }

    /**
     * The PDF names a bookmark after its anchor, so the anchor is the heading itself. Anchors must be
     * unique for the contents' links, so a repeated heading (two unnumbered "Toelichting" sections)
     * gets trailing spaces, which no bookmark panel shows.
     */
    private static String anchor(String label, Set<String> taken) {
        String anchor = label;
        while (!taken.add(anchor)) {
            anchor += " ";
        }
        return anchor;
    }

    /** "3 Woonzorganalyse", or just the title of an unnumbered chapter or section. */
    static String label(String number, String title) {
        return number == null || number.isBlank() ? title : number + " " + title;
    }

    private static FlowElement tocEntry(int level, String number, String title, String anchor) {
        return new FlowElement(Kind.TOC_ENTRY, level, number, title, null, null, null, anchor);
    }

    static List<FlowElement> parts(List<Part> parts, Function<DataBlock.Chart, byte[]> charts) {
        List<FlowElement> out = new ArrayList<>();
        if (parts.isEmpty()) {
            out.add(FlowElement.of(Kind.EMPTY));
        }
        for (Part part : parts) {
            if (part.type() == Part.Type.TEXT) {
                out.addAll(MarkdownFlow.of(part.markdown()));
            } else if (part.block() != null) {
                block(part.block(), charts, out);
            }
        }
        return out;
    }

    private static void block(DataBlock block, Function<DataBlock.Chart, byte[]> charts, List<FlowElement> out) {
        if (block.title() != null && !block.title().isBlank()) {
            out.add(FlowElement.text(Kind.BLOCK_TITLE, 0, block.title()));
        }
        if (!block.columns().isEmpty()) {
            out.addAll(TableRows.of(block));
        }
        if (block.chart() != null && !block.chart().labels().isEmpty()) {
            out.add(FlowElement.chart(charts.apply(block.chart())));
        }
        if (block.note() != null && !block.note().isBlank()) {
            out.add(FlowElement.text(Kind.NOTE, 0, block.note()));
        }
        out.add(FlowElement.of(Kind.GAP));
    }
}
