/**
 * Organisations (gemeenten, regio's, provincies, woningcorporaties, zorgaanbieders and the
 * platform operator), persons and their memberships: creating them with the rules that tie a role
 * to a kind of organisation and a scope to the organisation. The person and membership rows
 * themselves ({@code UserAccount}, {@code Membership}) are read by {@code nl.thuisplan.auth} at
 * login; this package writes them.
 */
package nl.thuisplan.people;
