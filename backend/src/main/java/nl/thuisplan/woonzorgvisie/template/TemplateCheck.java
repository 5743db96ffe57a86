package nl.thuisplan.woonzorgvisie.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Section;
import nl.thuisplan.woonzorgvisie.text.Catalogue;
import nl.thuisplan.woonzorgvisie.text.TextCheck;

/** Checks a template version before it is saved: structure, keys, titles, and every marker in every text. */
final class TemplateCheck {

    static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,60}$");
    private static final int MAX_CHAPTERS = 40;
    private static final int MAX_SECTIONS = 60;

    private TemplateCheck() {
    }

    static List<FieldProblem> check(List<Chapter> chapters, Catalogue catalogue) {
        List<FieldProblem> out = new ArrayList<>();
        if (chapters.isEmpty()) {
            out.add(new FieldProblem("chapters", "EMPTY", "Een sjabloon heeft minstens één hoofdstuk."));
        }
        if (chapters.size() > MAX_CHAPTERS) {
            out.add(new FieldProblem("chapters", "TOO_MANY", "Hoogstens " + MAX_CHAPTERS + " hoofdstukken."));
        }
        // chapter keys and section keys are separate: a chapter "samenvatting" may hold a section "samenvatting"
        Set<String> chapterKeys = new HashSet<>();
        Set<String> keys = new HashSet<>();
        List<String> numbers = TemplateContent.chapterNumbers(chapters);
        for (int c = 0; c < chapters.size(); c++) {
            Chapter chapter = chapters.get(c);
            String path = "chapters[" + c + "]";
            String name = chapter.title() == null || chapter.title().isBlank() ? "hoofdstuk " + (c + 1) : chapter.title();
            key(chapter.key(), path + ".key", "hoofdstuk '" + name + "'", chapterKeys, out);
            text(chapter.title(), path + ".title", "De titel van hoofdstuk " + (c + 1), 200, out);
            List<Section> sections = chapter.sectionList();
            if (sections.isEmpty()) {
                out.add(new FieldProblem(path + ".sections", "EMPTY", "Hoofdstuk '" + name + "' heeft nog geen paragraaf."));
            }
            if (sections.size() > MAX_SECTIONS) {
                out.add(new FieldProblem(path + ".sections", "TOO_MANY", "Hoogstens " + MAX_SECTIONS + " paragrafen per hoofdstuk."));
            }
            for (int s = 0; s < sections.size(); s++) {
                Section section = sections.get(s);
                String sp = path + ".sections[" + s + "]";
                String sectionName = section.title() == null || section.title().isBlank() ? "paragraaf " + (s + 1) : section.title();
                String place = (numbers.get(c) == null ? "" : numbers.get(c) + " ") + name + " › " + sectionName;
                key(section.key(), sp + ".key", "paragraaf '" + place + "'", keys, out);
                text(section.title(), sp + ".title", "De titel van " + place, 200, out);
                if (section.guidance() != null && section.guidance().length() > 4000) {
                    out.add(new FieldProblem(sp + ".guidance", "LENGTH", "De toelichting bij " + place + " is langer dan 4000 tekens."));
                }
                if (section.bodyText().length() > 100_000) {
                    out.add(new FieldProblem(sp + ".body", "LENGTH", "De tekst van " + place + " is langer dan 100.000 tekens."));
                }
                out.addAll(TextCheck.check(section.bodyText(), catalogue, sp + ".body", place));
                out.addAll(TextCheck.check(section.guidanceText(), catalogue, sp + ".guidance", place + " (toelichting)"));
            }
        }
        return out;
    }

    private static void key(String key, String field, String what, Set<String> keys, List<FieldProblem> out) {
        if (key == null || !KEY.matcher(key).matches()) {
            out.add(new FieldProblem(field, "INVALID_KEY", "De sleutel van " + what + " bestaat uit kleine letters, cijfers, "
                    + "punt, streep of liggend streepje (hoogstens 61 tekens)."));
        } else if (!keys.add(key)) {
            out.add(new FieldProblem(field, "DUPLICATE_KEY", "De sleutel '" + key + "' van " + what + " komt twee keer voor."));
        }
    }

    private static void text(String value, String field, String what, int max, List<FieldProblem> out) {
        if (value == null || value.isBlank()) {
            out.add(new FieldProblem(field, "EMPTY_TITLE", what + " is leeg."));
        } else if (value.length() > max) {
            out.add(new FieldProblem(field, "LENGTH", what + " is langer dan " + max + " tekens."));
        }
    }
}
