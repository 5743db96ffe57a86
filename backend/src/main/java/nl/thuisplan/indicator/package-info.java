/**
 * Indicators (kengetallen) per municipality per reference date, with their source: inhabitants,
 * households, social rental stock, lettings per year and existing places. They feed the fair-share
 * key and, later, urgency checks and dashboards. Refreshed by importing a CBS StatLine export or a
 * simple CSV/XLSX, all or nothing.
 */
package nl.thuisplan.indicator;
