/**
 * Fair share (verdeling) around the pure engine in {@code allocation.engine}: the stateless preview,
 * models and scenarios, adoption, results with realisation and swaps, exports. Who may do what is
 * decided by one {@code Workflow} per aggregate ({@code ModelWorkflow}, {@code ScenarioWorkflow},
 * {@code SwapWorkflow}; docs/allocation-workflow.md); rows are reached through the repositories
 * {@code ModelRepository} and {@code RealisationRepository}.
 */
package nl.thuisplan.allocation;
