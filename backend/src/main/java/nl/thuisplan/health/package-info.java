/**
 * Health and lifecycle: who sees the details of {@code /health} on the management port. The probes themselves
 * (liveness, readiness) and graceful shutdown are Micronaut's, configured in application.yml.
 */
package nl.thuisplan.health;
