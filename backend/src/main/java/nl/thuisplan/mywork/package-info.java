/**
 * "Mijn werk": what waits for the caller in its active membership (analyses, woonzorgvisies, swaps,
 * deviations, realisation, template versions, invitations, what is new since the last visit) and a short
 * feed of what changed per region. Read only, from the owning features' tables in the caller's scope;
 * it owns nothing but the moment a person last marked the news as seen ({@code my_work_visit}).
 */
package nl.thuisplan.mywork;
