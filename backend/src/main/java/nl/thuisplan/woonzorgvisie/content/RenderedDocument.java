package nl.thuisplan.woonzorgvisie.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole woonzorgvisie with its figures filled in: what the read view, the PDF and the DOCX show.
 *
 * @param title          e.g. "Woonzorgvisie Enschede 2026–2030"
 * @param areaKind       MUNICIPALITY or SUBREGION
 * @param status         CONCEPT, IN_REVIEW, APPROVED or ADOPTED
 * @param decisionDate   the council decision, for an adopted document
 * @param figuresAsOf    when the figures were taken: the adoption for an adopted document, now otherwise
 */
@Serdeable
public record RenderedDocument(String title, String regionName, String areaName, String areaKind,
                               int fromYear, int toYear, String status,
                               @Nullable LocalDate decisionDate, @Nullable String decisionReference,
                               Instant figuresAsOf, String templateName, int templateVersionNo,
                               List<Chapter> chapters) {

    public RenderedDocument {
        chapters = List.copyOf(chapters);
    }

    /** @param number "3", or null for an unnumbered chapter such as Samenvatting and Bijlagen */
    @Serdeable
    public record Chapter(String key, @Nullable String number, String title, List<Section> sections) {

        public Chapter {
            sections = List.copyOf(sections);
        }
    }

    /** @param number "3.1", or null in an unnumbered chapter; parts is empty for a section not yet written */
    @Serdeable
    public record Section(String key, @Nullable String number, String title, boolean required, List<Part> parts) {

        public Section {
            parts = List.copyOf(parts);
        }
    }
}
