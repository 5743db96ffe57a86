/**
 * Vraaganalyses: per municipality per year, how many households of each aandachtsgroep need a
 * home per woonvorm (now, new per year, moves per year). Versioned, with the workflow concept →
 * ingediend → vastgesteld or teruggestuurd (docs/demand-workflow.md), per-cell autosave with
 * optimistic locking, soft warnings, import/export, audit, and the region's overview and totals.
 */
package nl.thuisplan.demand;
