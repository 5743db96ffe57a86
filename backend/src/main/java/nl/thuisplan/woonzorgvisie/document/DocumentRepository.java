package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.common.Sql;
import nl.thuisplan.woonzorgvisie.figures.Figures;

/** Documents, their sections and review comments. Row-level security decides which documents a caller sees at all. */
@Singleton
class DocumentRepository {

    record DocumentRow(int regionId, String regionCode, String regionName, long id, @Nullable String municipalityCode,
                       @Nullable String subregionCode, String areaName, int fromYear, int toYear, long templateId,
                       String templateName, int templateVersionNo, String status, int lockVersion, OffsetDateTime updatedAt,
                       String updatedBy, @Nullable OffsetDateTime submittedAt, @Nullable OffsetDateTime adoptedAt,
                       @Nullable String adoptedBy, @Nullable LocalDate decisionDate, @Nullable String decisionReference,
                       @Nullable String snapshot) {

        boolean adopted() {
            return "ADOPTED".equals(status);
        }

        String areaKind() {
            return municipalityCode != null ? "MUNICIPALITY" : "SUBREGION";
        }

        String areaCode() {
            return municipalityCode != null ? municipalityCode : subregionCode;
        }
    }

    record SectionRow(String key, int templateVersionNo, String body, int lockVersion, OffsetDateTime updatedAt, String updatedBy) {
    }

    record CommentRow(long id, String sectionKey, String author, String body, OffsetDateTime createdAt,
                      @Nullable OffsetDateTime resolvedAt, @Nullable String resolvedBy) {
    }

    private static final String DOCUMENT = "select d.region_id, r.code, r.name, d.document_id, d.municipality_code, d.subregion_code, "
            + "coalesce(m.name, s.name, d.subregion_code), d.from_year, d.to_year, d.template_id, t.name, d.template_version_no, "
            + "d.status, d.lock_version, d.updated_at, d.updated_by, d.submitted_at, d.adopted_at, d.adopted_by, d.decision_date, "
            + "d.decision_reference, d.snapshot from wzv_document d join region r on r.region_id = d.region_id "
            + "join wzv_template t on t.region_id = d.region_id and t.template_id = d.template_id "
            + "left join municipality m on m.code = d.municipality_code "
            + "left join subregion s on s.region_id = d.region_id and s.code = d.subregion_code ";

    private final Sql sql;
    private final JsonMapper json;

    DocumentRepository(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    List<DocumentRow> documents(int regionId) {
        return sql.list(DOCUMENT + "where d.region_id = ? order by d.from_year desc, 7", ps -> ps.setInt(1, regionId),
                DocumentRepository::document);
    }

    Optional<DocumentRow> document(long id) {
        return sql.one(DOCUMENT + "where d.document_id = ?", ps -> ps.setLong(1, id), DocumentRepository::document);
    }

    /** The same row locked for the rest of the transaction: status changes on one document are serialised. */
    Optional<DocumentRow> lock(long id) {
        return sql.one(DOCUMENT + "where d.document_id = ? for update of d", ps -> ps.setLong(1, id), DocumentRepository::document);
    }

    boolean exists(int regionId, @Nullable String municipality, @Nullable String subregion, int fromYear) {
        // across the caller's scope: a document of another municipality still blocks a duplicate, so the
        // check runs in the service's region-wide transaction
        return sql.one("select 1 from wzv_document where region_id = ? and municipality_code is not distinct from ? "
                + "and subregion_code is not distinct from ? and from_year = ?", ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, municipality);
                    ps.setString(3, subregion);
                    ps.setInt(4, fromYear);
                }, rs -> 1).isPresent();
    }

    long insert(int regionId, @Nullable String municipality, @Nullable String subregion, int fromYear, int toYear, long templateId,
                int versionNo, String by) {
        return sql.one("insert into wzv_document (region_id, municipality_code, subregion_code, from_year, to_year, template_id, "
                + "template_version_no, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning document_id", ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, municipality);
                    ps.setString(3, subregion);
                    ps.setInt(4, fromYear);
                    ps.setInt(5, toYear);
                    ps.setLong(6, templateId);
                    ps.setInt(7, versionNo);
                    ps.setString(8, by);
                    ps.setString(9, by);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    List<SectionRow> sections(DocumentRow d) {
        return sql.list("select section_key, template_version_no, body, lock_version, updated_at, updated_by from wzv_document_section "
                + "where region_id = ? and document_id = ?", ps -> {
                    ps.setInt(1, d.regionId());
                    ps.setLong(2, d.id());
                }, rs -> new SectionRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
    }

    void insertSection(DocumentRow d, String key, int versionNo, String body, String by) {
        sql.update("insert into wzv_document_section (region_id, document_id, section_key, template_version_no, body, updated_by) "
                + "values (?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setInt(1, d.regionId());
                    ps.setLong(2, d.id());
                    ps.setString(3, key);
                    ps.setInt(4, versionNo);
                    ps.setString(5, body);
                    ps.setString(6, by);
                });
    }

    /** Saves a section's text if nobody saved it since {@code lockVersion}; false on a conflict. */
    boolean updateSection(DocumentRow d, String key, String body, int lockVersion, String by) {
        return sql.update("update wzv_document_section set body = ?, lock_version = lock_version + 1, updated_at = now(), updated_by = ? "
                + "where region_id = ? and document_id = ? and section_key = ? and lock_version = ?", ps -> {
                    ps.setString(1, body);
                    ps.setString(2, by);
                    ps.setInt(3, d.regionId());
                    ps.setLong(4, d.id());
                    ps.setString(5, key);
                    ps.setInt(6, lockVersion);
                }) == 1;
    }

    void followVersion(DocumentRow d, String key, int versionNo, @Nullable String body, String by) {
        sql.update("update wzv_document_section set template_version_no = ?, body = coalesce(?, body), lock_version = lock_version + 1, "
                + "updated_at = now(), updated_by = ? where region_id = ? and document_id = ? and section_key = ?", ps -> {
                    ps.setInt(1, versionNo);
                    ps.setString(2, body);
                    ps.setString(3, by);
                    ps.setInt(4, d.regionId());
                    ps.setLong(5, d.id());
                    ps.setString(6, key);
                });
    }

    void deleteSection(DocumentRow d, String key) {
        sql.update("delete from wzv_document_section where region_id = ? and document_id = ? and section_key = ?", ps -> {
            ps.setInt(1, d.regionId());
            ps.setLong(2, d.id());
            ps.setString(3, key);
        });
    }

    void touch(DocumentRow d, String by) {
        sql.update("update wzv_document set updated_at = now(), updated_by = ? where region_id = ? and document_id = ?", ps -> {
            ps.setString(1, by);
            ps.setInt(2, d.regionId());
            ps.setLong(3, d.id());
        });
    }

    void setTemplateVersion(DocumentRow d, int versionNo, String by) {
        sql.update("update wzv_document set template_version_no = ?, updated_at = now(), updated_by = ? "
                + "where region_id = ? and document_id = ?", ps -> {
                    ps.setInt(1, versionNo);
                    ps.setString(2, by);
                    ps.setInt(3, d.regionId());
                    ps.setLong(4, d.id());
                });
    }

    /** Moves the document to another status if its lock version still matches; false on a conflict. */
    boolean setStatus(DocumentRow d, String status, int lockVersion, String by) {
        return sql.update("update wzv_document set status = ?, lock_version = lock_version + 1, updated_at = now(), updated_by = ?, "
                + "submitted_at = case when ? = 'IN_REVIEW' then now() else submitted_at end, "
                + "submitted_by = case when ? = 'IN_REVIEW' then ? else submitted_by end "
                + "where region_id = ? and document_id = ? and lock_version = ?", ps -> {
                    ps.setString(1, status);
                    ps.setString(2, by);
                    ps.setString(3, status);
                    ps.setString(4, status);
                    ps.setString(5, by);
                    ps.setInt(6, d.regionId());
                    ps.setLong(7, d.id());
                    ps.setInt(8, lockVersion);
                }) == 1;
    }

    boolean adopt(DocumentRow d, int lockVersion, LocalDate decisionDate, @Nullable String reference, Figures snapshot, String by) {
        return sql.update("update wzv_document set status = 'ADOPTED', lock_version = lock_version + 1, updated_at = now(), "
                + "updated_by = ?, adopted_at = now(), adopted_by = ?, decision_date = ?, decision_reference = ?, "
                + "snapshot = cast(? as jsonb) where region_id = ? and document_id = ? and lock_version = ? and status = 'IN_REVIEW'", ps -> {
                    ps.setString(1, by);
                    ps.setString(2, by);
                    ps.setDate(3, Date.valueOf(decisionDate));
                    ps.setString(4, reference);
                    ps.setString(5, write(snapshot));
                    ps.setInt(6, d.regionId());
                    ps.setLong(7, d.id());
                    ps.setInt(8, lockVersion);
                }) == 1;
    }

    List<CommentRow> comments(DocumentRow d) {
        return sql.list("select comment_id, section_key, author, body, created_at, resolved_at, resolved_by from wzv_review_comment "
                + "where region_id = ? and document_id = ? order by created_at, comment_id", ps -> {
                    ps.setInt(1, d.regionId());
                    ps.setLong(2, d.id());
                }, DocumentRepository::comment);
    }

    CommentRow insertComment(DocumentRow d, String key, String body, String by) {
        return sql.one("insert into wzv_review_comment (region_id, document_id, section_key, author, body) values (?, ?, ?, ?, ?) "
                + "returning comment_id, section_key, author, body, created_at, resolved_at, resolved_by", ps -> {
                    ps.setInt(1, d.regionId());
                    ps.setLong(2, d.id());
                    ps.setString(3, key);
                    ps.setString(4, by);
                    ps.setString(5, body);
                }, DocumentRepository::comment).orElseThrow();
    }

    Optional<CommentRow> resolve(DocumentRow d, long commentId, String by) {
        return sql.one("update wzv_review_comment set resolved_at = now(), resolved_by = ? where region_id = ? and document_id = ? "
                + "and comment_id = ? and resolved_at is null "
                + "returning comment_id, section_key, author, body, created_at, resolved_at, resolved_by", ps -> {
                    ps.setString(1, by);
                    ps.setInt(2, d.regionId());
                    ps.setLong(3, d.id());
                    ps.setLong(4, commentId);
                }, DocumentRepository::comment);
    }

    Figures snapshot(DocumentRow d) {
        try {
            return json.readValue(d.snapshot(), Argument.of(Figures.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentRow document(ResultSet rs) throws SQLException {
        Date decision = rs.getDate(20);
        return new DocumentRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getLong(10), rs.getString(11), rs.getInt(12), rs.getString(13),
                rs.getInt(14), rs.getObject(15, OffsetDateTime.class), rs.getString(16), rs.getObject(17, OffsetDateTime.class),
                rs.getObject(18, OffsetDateTime.class), rs.getString(19), decision == null ? null : decision.toLocalDate(),
                rs.getString(21), rs.getString(22));
    }

    private static CommentRow comment(ResultSet rs) throws SQLException {
        return new CommentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class),
                rs.getObject(6, OffsetDateTime.class), rs.getString(7));
    }
}
