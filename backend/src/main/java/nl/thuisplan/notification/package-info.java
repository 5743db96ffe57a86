/**
 * Notifications: what a person is told about work that concerns it. One hook on the audit
 * ({@code AuditLog.Recorded}) maps a recorded step (entity type and action) to a rule
 * ({@link nl.thuisplan.notification.NotificationRules}) that names the people whose active memberships it
 * concerns; the notifications are written in the step's transaction and mailed after its commit, at once,
 * in a daily digest, or not at all, as each person chose. Also the scheduled deadline reminders and the
 * programme manager's "herinnering sturen" for late analyses, each at most once per key
 * ({@code notification_once}).
 */
package nl.thuisplan.notification;
