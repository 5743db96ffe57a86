/**
 * The fair-share allocation engine: pure computation of how many households of one aandachtsgroep
 * each gemeente takes, from a regional total. Only {@code java.*} is used here (no Micronaut, no
 * JDBC) so it can be tested and benchmarked alone; the API and persistence live elsewhere.
 *
 * <p>Stages, each in its own class: {@link nl.thuisplan.allocation.engine.RequestValidator}
 * (every problem with its field path), {@link nl.thuisplan.allocation.engine.KeyQuotas} (weighted
 * key), {@link nl.thuisplan.allocation.engine.DraagkrachtCorrection},
 * {@link nl.thuisplan.allocation.engine.BoundRedistribution} (floors and caps, in rounds) and a
 * {@link nl.thuisplan.allocation.engine.Rounding} per {@link nl.thuisplan.allocation.engine.Method}.
 * All arithmetic is exact ({@link nl.thuisplan.allocation.engine.Rational}); there is no
 * {@code double} anywhere.
 *
 * <p>Like the Kiesraad's abacus, every step is recorded ({@link nl.thuisplan.allocation.engine.Step},
 * Dutch text plus structured fields) so "why does Diemen get 14?" can be answered line by line.
 *
 * <p><b>Tie rule</b> (remainders or priorities exactly equal): the larger quota goes first; with
 * equal quotas the smaller unit id in {@link String#compareTo} order. Withdrawals use the reverse.
 * The step notes the tie and what decided it. Units are processed sorted by id, so neither the
 * result nor the steps depend on the order of the request.
 */
package nl.thuisplan.allocation.engine;
