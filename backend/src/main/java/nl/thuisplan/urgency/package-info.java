/**
 * Urgentieregelingen: versioned regional urgency schemes (categories, quotas, local deviations),
 * the exact consistency check of their share quotas, and the capacity check (urgentietoets) of
 * the quotas against the demand the municipalities reported. API in docs/api/urgency.md.
 */
package nl.thuisplan.urgency;
