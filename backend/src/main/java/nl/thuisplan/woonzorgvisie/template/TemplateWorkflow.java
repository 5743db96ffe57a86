package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.woonzorgvisie.template.TemplateVersions.VersionRow;
import nl.thuisplan.workflow.Workflow;

/**
 * Who may do what with templates: the region's programme manager and the beheerder shape them
 * (create, edit a draft, publish, start a new version); everyone else in scope reads published versions.
 */
@Singleton
public class TemplateWorkflow implements Workflow<VersionRow, TemplateAction> {

    /** May this caller shape the region's templates (and see their drafts)? */
    public static boolean configures(Caller caller, String regionCode) {
        return caller.is(Role.PLATFORM_ADMIN) || caller.managesRegion(regionCode);
    }

    /** What the caller may start in the region. */
    public List<TemplateAction> allowedInRegion(Caller caller, String regionCode) {
        return configures(caller, regionCode) ? List.of(TemplateAction.CREATE_TEMPLATE) : List.of();
    }

    /**
     * What the caller may do with a template: edit its open draft, or else start a new version (one draft
     * at a time).
     */
    public List<TemplateAction> allowedOnTemplate(Caller caller, String regionCode, List<VersionRow> versions) {
        if (!configures(caller, regionCode) || versions.isEmpty()) {
            return List.of();
        }
        return versions.stream().anyMatch(v -> !v.published()) ? List.of(TemplateAction.EDIT) : List.of(TemplateAction.NEW_VERSION);
    }

    @Override
    public List<TemplateAction> allowed(Caller caller, VersionRow v) {
        return v.status() == TemplateVersionStatus.DRAFT && configures(caller, v.regionCode())
                ? List.of(TemplateAction.EDIT, TemplateAction.PUBLISH) : List.of();
    }

    @Override
    public boolean hasRoleFor(Caller caller, VersionRow v, TemplateAction action) {
        return configures(caller, v.regionCode());
    }

    @Override
    public int lockVersion(VersionRow v) {
        return v.lockVersion();
    }

    @Override
    public ProblemException forbidden(VersionRow v, TemplateAction action) {
        return ProblemException.forbidden("Alleen de programmamanager van de regio beheert sjablonen.");
    }

    @Override
    public ProblemException notAllowedNow(VersionRow v, TemplateAction action) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_PUBLISHED",
                "Versie " + v.no() + " is gepubliceerd en verandert niet meer; maak een nieuwe versie.");
    }

    @Override
    public ProblemException stale(Caller caller, VersionRow v) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft deze versie intussen gewijzigd. Laad haar opnieuw.", TemplateService.view(this, caller, v));
    }
}
