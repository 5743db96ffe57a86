/**
 * The one place where input is refused before any feature sees it: exact numbers with a bounded
 * precision and scale, text without NUL characters (JSON strings, path and query values), whole
 * numbers that are JSON integers, and lists without {@code null} elements. Each refusal is a 400
 * {@code application/problem+json} naming the field, so a feature never meets such input and the
 * database never answers 500 to it.
 */
package nl.thuisplan.common.input;
