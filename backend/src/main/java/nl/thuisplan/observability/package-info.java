/**
 * What an operator sees of a running instance: the request id that ties a response to its log lines
 * ({@code X-Request-ID}, in the logging context with the caller's role and membership), the domain's own
 * Prometheus counters (imports, adoptions, exports) beside Micrometer's HTTP, JVM and connection pool
 * metrics, and the log context those need. Features stay untouched: adoptions and imports are counted
 * from the audit ({@code AuditLog.Recorded}), exports and refused imports from the responses.
 */
package nl.thuisplan.observability;
