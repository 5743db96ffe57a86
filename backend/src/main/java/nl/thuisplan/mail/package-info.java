/**
 * Mail to people: plain-text Dutch messages (optionally with a simple HTML part) through the SMTP
 * server the environment names ({@code THUISPLAN_SMTP_*}). Without one, as in embedded mode, a
 * message is written to the log instead and the sender is told so, so a beheerder can hand the
 * link over by other means.
 */
package nl.thuisplan.mail;
