/**
 * Regional templates: versions of an ordered chapter and section list with guidance, a required
 * flag and a starting text per section. A draft is edited as a whole with optimistic locking and
 * checked against the catalogue; a published version never changes. Who may shape templates is
 * {@link nl.thuisplan.woonzorgvisie.template.TemplateWorkflow} (DRAFT → PUBLISHED, one draft at a time).
 */
package nl.thuisplan.woonzorgvisie.template;
