package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.SectionRow;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Section;

/**
 * The order, numbers, titles and guidance of a document's sections. A document may be part-way
 * between two template versions (sections are taken over one by one): the order follows the newest
 * version any of its sections follows, and each section shows the title and guidance of its own
 * version. Sections the newer version dropped, but not yet taken over, stay at the end of their
 * old chapter, so no text disappears before the writer decides.
 */
final class DocumentLayout {

    record LaidChapter(String key, @Nullable String number, String title, List<LaidSection> sections) {
    }

    record LaidSection(String key, @Nullable String number, String title, String guidance, boolean required, String templateBody,
                       SectionRow row) {
    }

    private DocumentLayout() {
    }

    /** @param versions the chapters of every template version the document or its sections follow, by number */
    static List<LaidChapter> of(Map<Integer, List<Chapter>> versions, int documentVersion, List<SectionRow> rows) {
        int newest = rows.stream().mapToInt(SectionRow::templateVersionNo).max().orElse(documentVersion);
        newest = Math.max(newest, documentVersion);
        Map<String, SectionRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        // chapter key -> (title, numbered, section keys in order)
        Map<String, List<String>> order = new LinkedHashMap<>();
        Map<String, Chapter> chapters = new HashMap<>();
        Set<String> placed = new HashSet<>();
        for (Chapter c : versions.get(newest)) {
            chapters.put(c.key(), c);
            List<String> keys = new ArrayList<>();
            for (Section s : c.sectionList()) {
                if (byKey.containsKey(s.key())) {
                    keys.add(s.key());
                    placed.add(s.key());
                }
            }
            order.put(c.key(), keys);
        }
        // sections not in the newest version: at the end of their own version's chapter
        for (SectionRow r : rows) {
            if (placed.contains(r.key())) {
                continue;
            }
            for (Chapter c : versions.get(r.templateVersionNo())) {
                if (c.sectionList().stream().anyMatch(s -> s.key().equals(r.key()))) {
                    chapters.putIfAbsent(c.key(), c);
                    order.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(r.key());
                    placed.add(r.key());
                }
            }
        }
        List<LaidChapter> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<String>> e : order.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Chapter c = chapters.get(e.getKey());
            String number = c.isNumbered() ? String.valueOf(++n) : null;
            List<LaidSection> sections = new ArrayList<>();
            int s = 0;
            for (String key : e.getValue()) {
                SectionRow row = byKey.get(key);
                Section t = find(versions.get(row.templateVersionNo()), key);
                s++;
                sections.add(new LaidSection(key, number == null ? null : number + "." + s, t.title(), t.guidanceText(),
                        t.isRequired(), t.bodyText(), row));
            }
            out.add(new LaidChapter(c.key(), number, c.title(), sections));
        }
        return out;
    }

    static @Nullable Section find(List<Chapter> chapters, String key) {
        for (Chapter c : chapters) {
            for (Section s : c.sectionList()) {
                if (s.key().equals(key)) {
                    return s;
                }
            }
        }
        return null;
    }

    static @Nullable Chapter chapterOf(List<Chapter> chapters, String key) {
        for (Chapter c : chapters) {
            for (Section s : c.sectionList()) {
                if (s.key().equals(key)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Filled: the writer has written something of their own. The template's starting text alone does
     * not count, so a document is never submitted with untouched boilerplate around its figures.
     */
    static boolean filled(LaidSection s) {
        return !s.row().body().isBlank() && !s.row().body().strip().equals(s.templateBody().strip());
    }
}
