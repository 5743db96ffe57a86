/**
 * The first platform beheerder of a real installation, made without SQL and without a default
 * password: {@code java -jar thuisplan.jar admin create --email … --name …} creates the person and
 * prints a single-use link (60 minutes) to set the password. It refuses once an active platform
 * beheerder exists, so it cannot be used to take over an installation.
 */
package nl.thuisplan.auth.firstadmin;
