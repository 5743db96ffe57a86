/**
 * The one workflow shape every adoptable thing uses (vraaganalyse, verdeling, urgentieregeling,
 * woonzorgvisie): a status enum and an action enum per aggregate, one {@link nl.thuisplan.workflow.Workflow}
 * per aggregate that decides what a caller may do (the views' {@code allowedActions}), and one transition
 * path ({@link nl.thuisplan.workflow.Transitions}) that checks role, state and lock version, writes, and
 * audits. The database side is the generic trigger {@code workflow_frozen()} (V9).
 */
package nl.thuisplan.workflow;
