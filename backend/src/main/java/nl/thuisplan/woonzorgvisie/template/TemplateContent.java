package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/** The chapters and sections of one template version, as stored (jsonb) and as sent. */
public final class TemplateContent {

    private TemplateContent() {
    }

    /** @param numbered false for chapters outside the numbering, such as Samenvatting and Bijlagen */
    @Serdeable
    public record Chapter(@Nullable String key, @Nullable String title, @Nullable Boolean numbered,
                          @Nullable List<Section> sections) {

        public boolean isNumbered() {
            return numbered == null || numbered;
        }

        public List<Section> sectionList() {
            return sections == null ? List.of() : sections;
        }
    }

    /** @param body the starting text of a document's section: Markdown with placeholders and blocks */
    @Serdeable
    public record Section(@Nullable String key, @Nullable String title, @Nullable String guidance,
                          @Nullable Boolean required, @Nullable String body) {

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        public String bodyText() {
            return body == null ? "" : body;
        }

        public String guidanceText() {
            return guidance == null ? "" : guidance;
        }
    }

    /** A section with its place: chapter and section numbers as the reader sees them. */
    public record Placed(Chapter chapter, @Nullable String chapterNumber, int chapterIndex, Section section,
                         @Nullable String number, int sectionIndex) {

        /** "3 Woonzorganalyse › Demografie", how error messages name the place. */
        public String place() {
            return (chapterNumber == null ? "" : chapterNumber + " ") + chapter.title() + " › " + section.title();
        }
    }

    /** Every section in order, numbered: chapters 1, 2, ... (unnumbered ones skipped), sections 3.1, 3.2, ... */
    public static List<Placed> placed(List<Chapter> chapters) {
        List<Placed> out = new ArrayList<>();
        int n = 0;
        for (int c = 0; c < chapters.size(); c++) {
            Chapter chapter = chapters.get(c);
            String number = chapter.isNumbered() ? String.valueOf(++n) : null;
            List<Section> sections = chapter.sectionList();
            for (int s = 0; s < sections.size(); s++) {
                out.add(new Placed(chapter, number, c, sections.get(s), number == null ? null : number + "." + (s + 1), s));
            }
        }
        return out;
    }

    /** The chapter numbers in order (null for unnumbered chapters). */
    public static List<String> chapterNumbers(List<Chapter> chapters) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (Chapter chapter : chapters) {
            out.add(chapter.isNumbered() ? String.valueOf(++n) : null);
        }
        return out;
    }
}
