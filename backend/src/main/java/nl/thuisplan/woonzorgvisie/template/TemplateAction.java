package nl.thuisplan.woonzorgvisie.template;

/**
 * What a person can do with a region's templates. {@link #CREATE_TEMPLATE} is listed on the region
 * ({@code GET /regions/{region}/allowed-actions}), {@link #NEW_VERSION} on a template, {@link #EDIT}
 * and {@link #PUBLISH} on a version.
 */
public enum TemplateAction {
    CREATE_TEMPLATE, NEW_VERSION, EDIT, PUBLISH
}
