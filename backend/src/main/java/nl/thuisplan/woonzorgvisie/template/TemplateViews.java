package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.woonzorgvisie.content.Part;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;

/** What the template endpoints answer and take. */
public final class TemplateViews {

    private TemplateViews() {
    }

    @Serdeable
    public record TemplateSummary(long id, String name, @Nullable String description, @Nullable Integer publishedVersionNo,
                                  @Nullable Integer draftVersionNo, OffsetDateTime updatedAt, List<TemplateAction> allowedActions) {
    }

    @Serdeable
    public record VersionSummary(int no, TemplateVersionStatus status, @Nullable String changeNote, @Nullable OffsetDateTime publishedAt,
                                 @Nullable String publishedBy) {
    }

    @Serdeable
    public record TemplateDetail(long id, String regionCode, String name, @Nullable String description,
                                 List<VersionSummary> versions, List<TemplateAction> allowedActions) {
    }

    @Serdeable
    public record TemplateVersion(long templateId, int no, TemplateVersionStatus status, int lockVersion, @Nullable String changeNote,
                                  List<Chapter> chapters, OffsetDateTime updatedAt, String updatedBy,
                                  List<TemplateAction> allowedActions) {
    }

    @Serdeable
    public record NewTemplate(@Nullable String name, @Nullable String description) {
    }

    @Serdeable
    public record VersionInput(@Nullable Integer lockVersion, @Nullable String changeNote, @Nullable List<Chapter> chapters) {
    }

    @Serdeable
    public record PreviewInput(@Nullable String body, @Nullable String municipalityCode, @Nullable Integer year) {
    }

    /** A text rendered with figures, and what is wrong in it (the same problems a save would give). */
    @Serdeable
    public record Preview(List<Part> parts, List<FieldProblem> errors) {
    }
}
