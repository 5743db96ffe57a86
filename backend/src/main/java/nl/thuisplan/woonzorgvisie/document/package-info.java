/**
 * Woonzorgvisie documents: one per gemeente or deelregio per period, written section by section
 * (per-section optimistic locking, so two writers never overwrite each other), reviewed by the
 * programme manager with comments per section, approved by the region and adopted by the gemeenteraad (a
 * deelregio's by the region) with a frozen snapshot of its figures, and moved to a newer template version
 * section by section. Its workflow (CONCEPT → IN_REVIEW → CONCEPT, APPROVED → ADOPTED, or ADOPTED) is {@link nl.thuisplan.woonzorgvisie.document.DocumentWorkflow}; rows are reached through
 * {@link nl.thuisplan.woonzorgvisie.document.DocumentRepository}.
 */
package nl.thuisplan.woonzorgvisie.document;
