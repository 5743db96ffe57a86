package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;
import nl.thuisplan.woonzorgvisie.template.TemplateRepository.VersionData;

/** Template versions with their chapters read: the jsonb of {@link TemplateRepository} in and out. */
@Singleton
public class TemplateVersions {

    /** One template version as the services use it. */
    public record VersionRow(int regionId, String regionCode, long templateId, int no, TemplateVersionStatus status,
                             List<Chapter> chapters, @Nullable String changeNote, int lockVersion, OffsetDateTime updatedAt,
                             String updatedBy, @Nullable OffsetDateTime publishedAt, @Nullable String publishedBy) {

        public boolean published() {
            return status == TemplateVersionStatus.PUBLISHED;
        }
    }

    private final TemplateRepository repo;
    private final JsonMapper json;

    TemplateVersions(TemplateRepository repo, JsonMapper json) {
        this.repo = repo;
        this.json = json;
    }

    /** All versions of a template, oldest first. */
    public List<VersionRow> versions(long templateId) {
        return repo.versions(templateId).stream().map(this::row).toList();
    }

    public Optional<VersionRow> version(long templateId, int no) {
        return repo.version(templateId, no).map(this::row);
    }

    /** The newest published version, if any. */
    public Optional<VersionRow> newestPublished(long templateId) {
        return repo.newest(templateId, TemplateVersionStatus.PUBLISHED.name()).map(this::row);
    }

    void insert(int regionId, long templateId, int no, List<Chapter> chapters, @Nullable String changeNote, String by) {
        repo.insertVersion(regionId, templateId, no, write(chapters), changeNote, by);
    }

    /** Saves a draft if nobody saved it since {@code lockVersion}; false on a conflict. */
    boolean updateDraft(VersionRow v, List<Chapter> chapters, @Nullable String changeNote, int lockVersion, String by) {
        return repo.updateDraft(v.regionId(), v.templateId(), v.no(), write(chapters), changeNote, lockVersion, by,
                TemplateVersionStatus.DRAFT.name()) == 1;
    }

    /** Publishes a draft if its lock version still matches; the published version, or empty on a conflict. */
    Optional<VersionRow> publish(VersionRow v, int lockVersion, String by) {
        if (repo.publish(v.regionId(), v.templateId(), v.no(), lockVersion, by, TemplateVersionStatus.DRAFT.name(),
                TemplateVersionStatus.PUBLISHED.name()) != 1) {
            return Optional.empty();
        }
        return version(v.templateId(), v.no());
    }

    private VersionRow row(VersionData d) {
        return new VersionRow(d.regionId(), d.regionCode(), d.templateId(), d.no(), TemplateVersionStatus.valueOf(d.status()),
                read(d.chapters()), d.changeNote(), d.lockVersion(), d.updatedAt(), d.updatedBy(), d.publishedAt(), d.publishedBy());
    }

    private String write(List<Chapter> chapters) {
        try {
            return json.writeValueAsString(chapters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Chapter> read(String text) {
        try {
            return json.readValue(text, Argument.listOf(Chapter.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
