package nl.thuisplan.woonzorgvisie.template;

/** The states of one template version; see docs/woonzorgvisie-workflow.md. A published version never changes. */
public enum TemplateVersionStatus {
    DRAFT, PUBLISHED
}
