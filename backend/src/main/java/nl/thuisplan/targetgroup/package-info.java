/**
 * The catalogues of aandachtsgroepen (target groups) and woonvormen (housing forms): the national
 * lists, and per region which groups are active plus the region's own groups.
 */
package nl.thuisplan.targetgroup;
