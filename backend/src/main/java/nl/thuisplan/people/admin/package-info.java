/**
 * The administration of people: the beheerder's list and details of persons, invitations, editing,
 * deactivating, unlocking, password resets and memberships. {@link nl.thuisplan.people.admin.PeoplePolicy}
 * alone decides who may do what to whom; the services ask it before every change, and it gives the
 * {@code allowedActions} a client shows.
 */
package nl.thuisplan.people.admin;
