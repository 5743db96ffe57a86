package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Documents, their sections and review comments, row by row. Row-level security decides which
 * documents a caller sees at all. Status values are bound from {@link DocumentStatus}. The rows are
 * mapped records (read models of one query each; Micronaut Data JDBC wants an entity to map a result).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DocumentRepository extends GenericRepository<DocumentRepository.DocumentRow, Long> {

    /** @param snapshot the figures frozen at adoption, jsonb as text (read by {@link DocumentLoader}) */
    @MappedEntity("wzv_document")
    record DocumentRow(int regionId, String regionCode, String regionName, @Id long id, @Nullable String municipalityCode,
                       @Nullable String subregionCode, String areaName, int fromYear, int toYear, long templateId,
                       String templateName, int templateVersionNo, DocumentStatus status, int lockVersion, OffsetDateTime updatedAt,
                       String updatedBy, @Nullable OffsetDateTime submittedAt, @Nullable OffsetDateTime adoptedAt,
                       @Nullable String adoptedBy, @Nullable LocalDate decisionDate, @Nullable String decisionReference,
                       @Nullable String snapshot, @Nullable OffsetDateTime approvedAt, @Nullable String approvedBy,
                       @Nullable String approvalComment) {

        boolean adopted() {
            return status == DocumentStatus.ADOPTED;
        }

        String areaKind() {
            return municipalityCode != null ? "MUNICIPALITY" : "SUBREGION";
        }

        String areaCode() {
            return municipalityCode != null ? municipalityCode : subregionCode;
        }
    }

    @MappedEntity("wzv_document_section")
    record SectionRow(@Id String key, int templateVersionNo, String body, int lockVersion, OffsetDateTime updatedAt, String updatedBy) {
    }

    @MappedEntity("wzv_review_comment")
    record CommentRow(@Id long id, String sectionKey, String author, String body, OffsetDateTime createdAt,
                      @Nullable OffsetDateTime resolvedAt, @Nullable String resolvedBy) {
    }

    String DOCUMENT = "select d.region_id, r.code as region_code, r.name as region_name, d.document_id as id, d.municipality_code, "
            + "d.subregion_code, coalesce(m.name, s.name, d.subregion_code) as area_name, d.from_year, d.to_year, d.template_id, "
            + "t.name as template_name, d.template_version_no, d.status, d.lock_version, d.updated_at, d.updated_by, d.submitted_at, "
            + "d.adopted_at, d.adopted_by, d.decision_date, d.decision_reference, d.snapshot::text as snapshot, "
            + "d.approved_at, d.approved_by, d.approval_comment "
            + "from wzv_document d join region r on r.region_id = d.region_id "
            + "join wzv_template t on t.region_id = d.region_id and t.template_id = d.template_id "
            + "left join municipality m on m.code = d.municipality_code "
            + "left join subregion s on s.region_id = d.region_id and s.code = d.subregion_code ";
    String COMMENT = "comment_id as id, section_key, author, body, created_at, resolved_at, resolved_by";

    @Query(DOCUMENT + "where d.region_id = :regionId order by d.from_year desc, area_name")
    List<DocumentRow> documents(int regionId);

    @Query(DOCUMENT + "where d.document_id = :id")
    Optional<DocumentRow> document(long id);

    /** The same row locked for the rest of the transaction: status changes on one document are serialised. */
    @Query(DOCUMENT + "where d.document_id = :id for update of d")
    Optional<DocumentRow> lock(long id);

    /**
     * Across the caller's scope: a document of another municipality still blocks a duplicate, so the
     * check runs in the service's region-wide transaction.
     */
    @Query("select count(*) > 0 from wzv_document where region_id = :regionId and municipality_code is not distinct from :municipality "
            + "and subregion_code is not distinct from :subregion and from_year = :fromYear")
    boolean exists(int regionId, @Nullable String municipality, @Nullable String subregion, int fromYear);

    @Query("insert into wzv_document (region_id, municipality_code, subregion_code, from_year, to_year, template_id, "
            + "template_version_no, created_by, updated_by) values (:regionId, :municipality, :subregion, :fromYear, :toYear, "
            + ":templateId, :versionNo, :by, :by) returning document_id")
    long insert(int regionId, @Nullable String municipality, @Nullable String subregion, int fromYear, int toYear, long templateId,
                int versionNo, String by);

    @Query("select section_key as key, template_version_no, body, lock_version, updated_at, updated_by from wzv_document_section "
            + "where region_id = :regionId and document_id = :documentId")
    List<SectionRow> sections(int regionId, long documentId);

    @Query("insert into wzv_document_section (region_id, document_id, section_key, template_version_no, body, updated_by) "
            + "values (:regionId, :documentId, :key, :versionNo, :body, :by)")
    void insertSection(int regionId, long documentId, String key, int versionNo, String body, String by);

    /** Saves a section's text if nobody saved it since {@code lockVersion}; 0 rows on a conflict. */
    @Query("update wzv_document_section set body = :body, lock_version = lock_version + 1, updated_at = now(), updated_by = :by "
            + "where region_id = :regionId and document_id = :documentId and section_key = :key and lock_version = :lockVersion")
    int updateSection(int regionId, long documentId, String key, String body, int lockVersion, String by);

    @Query("update wzv_document_section set template_version_no = :versionNo, body = coalesce(:body, body), "
            + "lock_version = lock_version + 1, updated_at = now(), updated_by = :by "
            + "where region_id = :regionId and document_id = :documentId and section_key = :key")
    void followVersion(int regionId, long documentId, String key, int versionNo, @Nullable String body, String by);

    @Query("delete from wzv_document_section where region_id = :regionId and document_id = :documentId and section_key = :key")
    void deleteSection(int regionId, long documentId, String key);

    @Query("update wzv_document set updated_at = now(), updated_by = :by where region_id = :regionId and document_id = :documentId")
    void touch(int regionId, long documentId, String by);

    @Query("update wzv_document set template_version_no = :versionNo, updated_at = now(), updated_by = :by "
            + "where region_id = :regionId and document_id = :documentId")
    void setTemplateVersion(int regionId, long documentId, int versionNo, String by);

    /**
     * Moves the document to {@code status} if its lock version still matches; 0 rows on a conflict.
     * Offering for review ({@code submitted} = the IN_REVIEW status) records who and when; submitting and sending
     * back both clear an earlier akkoord, which holds for the text it was given on only.
     */
    @Query("update wzv_document set status = :status, lock_version = lock_version + 1, updated_at = now(), updated_by = :by, "
            + "approved_at = null, approved_by = null, approval_comment = null, "
            + "submitted_at = case when :status = :submitted then now() else submitted_at end, "
            + "submitted_by = case when :status = :submitted then :by else submitted_by end "
            + "where region_id = :regionId and document_id = :documentId and lock_version = :lockVersion")
    int setStatus(int regionId, long documentId, String status, int lockVersion, String by, String submitted);

    /** The region's akkoord on a document in {@code from} (in review), with its comment; 0 rows on a conflict. */
    @Query("update wzv_document set status = :to, lock_version = lock_version + 1, updated_at = now(), updated_by = :by, "
            + "approved_at = now(), approved_by = :by, approval_comment = :comment "
            + "where region_id = :regionId and document_id = :documentId and lock_version = :lockVersion and status = :from")
    int approve(int regionId, long documentId, int lockVersion, @Nullable String comment, String by, String from, String to);

    /**
     * Adopts a document in {@code from} (a deelregio's in review, a gemeente's approved) with its decision and
     * figures; 0 rows on a conflict.
     */
    @Query("update wzv_document set status = :to, lock_version = lock_version + 1, updated_at = now(), "
            + "updated_by = :by, adopted_at = now(), adopted_by = :by, decision_date = :decisionDate, decision_reference = :reference, "
            + "snapshot = cast(:snapshot as jsonb) where region_id = :regionId and document_id = :documentId "
            + "and lock_version = :lockVersion and status = :from")
    int adopt(int regionId, long documentId, int lockVersion, LocalDate decisionDate, @Nullable String reference, String snapshot,
              String by, String from, String to);

    @Query("select " + COMMENT + " from wzv_review_comment where region_id = :regionId and document_id = :documentId "
            + "order by created_at, comment_id")
    List<CommentRow> comments(int regionId, long documentId);

    @Query("insert into wzv_review_comment (region_id, document_id, section_key, author, body) "
            + "values (:regionId, :documentId, :key, :by, :body) returning " + COMMENT)
    CommentRow insertComment(int regionId, long documentId, String key, String body, String by);

    @Query("select " + COMMENT + " from wzv_review_comment where region_id = :regionId and document_id = :documentId "
            + "and comment_id = :commentId")
    Optional<CommentRow> comment(int regionId, long documentId, long commentId);

    /** Marks an open comment resolved; 0 rows when it was resolved meanwhile. */
    @Query("update wzv_review_comment set resolved_at = now(), resolved_by = :by where region_id = :regionId "
            + "and document_id = :documentId and comment_id = :commentId and resolved_at is null")
    int resolve(int regionId, long documentId, long commentId, String by);

    default List<SectionRow> sections(DocumentRow d) {
        return sections(d.regionId(), d.id());
    }

    default List<CommentRow> comments(DocumentRow d) {
        return comments(d.regionId(), d.id());
    }
}
