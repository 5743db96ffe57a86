package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.woonzorgvisie.content.Part;

/** What the document endpoints answer and take (see docs/api/woonzorgvisie.md). */
final class DocumentViews {

    private DocumentViews() {
    }

    @Serdeable
    record AreaView(@Schema(allowableValues = {"MUNICIPALITY", "SUBREGION"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind, String code, String name) {
    }

    @Serdeable
    record Progress(int sections, int filled, int required, int requiredFilled) {
    }

    @Serdeable
    record DocumentSummary(long id, String title, AreaView area, int fromYear, int toYear, DocumentStatus status, long templateId,
                           String templateName, int templateVersionNo, @Nullable Integer newerTemplateVersionNo, Progress progress,
                           int openComments, OffsetDateTime updatedAt, String updatedBy, int lockVersion,
                           List<DocumentAction> allowedActions) {
    }

    @Serdeable
    record TemplateRef(long id, String name, int versionNo) {
    }

    /** Before {@code allowedActions}: kept as it was, derived from the same {@link DocumentWorkflow}. */
    @Serdeable
    record Permissions(boolean edit, boolean submit, boolean review, boolean adopt) {
    }

    @Serdeable
    record CommentView(long id, String author, String body, OffsetDateTime createdAt, @Nullable OffsetDateTime resolvedAt,
                       @Nullable String resolvedBy) {
    }

    @Serdeable
    record SectionView(String key, @Nullable String number, String title, String guidance, boolean required, String body,
                       boolean filled, int lockVersion, OffsetDateTime updatedAt, String updatedBy, List<CommentView> comments) {
    }

    @Serdeable
    record ChapterView(String key, @Nullable String number, String title, List<SectionView> sections) {
    }

    @Serdeable
    record DocumentView(long id, String title, String regionCode, AreaView area, int fromYear, int toYear, DocumentStatus status,
                        int lockVersion, TemplateRef template, @Nullable Integer newerTemplateVersionNo,
                        @Nullable OffsetDateTime submittedAt, @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy,
                        @Nullable LocalDate decisionDate, @Nullable String decisionReference,
                        @Schema(allowableValues = {"COUNCIL", "REGION"}, description = "Who adopts: the gemeenteraad (a gemeente's "
                                + "document) or the region (a deelregio's)", requiredMode = Schema.RequiredMode.REQUIRED) String adoptedByBody,
                        @Nullable OffsetDateTime approvedAt, @Nullable String approvedBy, @Nullable String approvalComment,
                        Permissions permissions, Progress progress, List<ChapterView> chapters, List<DocumentAction> allowedActions) {
    }

    /** What the caller may start in a region's woonzorgvisie pages (a template, a document). */
    @Serdeable
    record RegionActions(String regionCode, List<String> allowedActions) {
    }

    @Serdeable
    record NewDocument(@Nullable Long templateId, @Nullable String municipalityCode, @Nullable String subregionCode,
                       @Nullable Integer fromYear, @Nullable Integer toYear) {
    }

    @Serdeable
    record SectionInput(@Nullable String body, @Nullable Integer lockVersion) {
    }

    @Serdeable
    record AdoptInput(@Nullable Integer lockVersion, @Nullable @Schema(format = "date") String decisionDate, @Nullable String decisionReference) {
    }

    /** The region's akkoord on a gemeente's document, with an optional comment for the gemeente. */
    @Serdeable
    record ApproveInput(@Nullable Integer lockVersion, @Nullable String comment) {
    }

    @Serdeable
    record CommentInput(@Nullable String body) {
    }

    @Serdeable
    record BodyInput(@Nullable String body) {
    }

    @Serdeable
    record TakeInput(@Nullable Boolean replaceBody) {
    }

    @Serdeable
    record Preview(List<Part> parts, List<FieldProblem> errors) {
    }

    @Serdeable
    record SectionContent(String title, String guidance, boolean required, String body) {
    }

    @Serdeable
    record TemplateChange(String key, String chapterTitle, String title,
                          @Schema(allowableValues = {"ADDED", "REMOVED", "CHANGED"}, requiredMode = Schema.RequiredMode.REQUIRED) String change,
                          @ArraySchema(schema = @Schema(allowableValues = {"section", "title", "guidance", "required", "body"})) List<String> fields,
                          @Nullable SectionContent before, @Nullable SectionContent after, boolean bodyUntouched) {
    }

    @Serdeable
    record TemplateChanges(int fromVersionNo, @Nullable Integer toVersionNo, List<TemplateChange> changes) {
    }
}
