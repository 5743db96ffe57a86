/**
 * The tenancy model as users see it: regions (the tenants), MRA's deelregio's, municipalities
 * with their CBS codes, memberships over time, and municipal indicators per reference date.
 */
package nl.thuisplan.region;
