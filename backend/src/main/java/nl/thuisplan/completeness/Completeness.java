package nl.thuisplan.completeness;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How complete a sum over municipalities is: {@code known} of the {@code expected} municipalities
 * (the area's current members, confirmed or not) have adopted figures; the others are unknown, never
 * zero.
 *
 * <p>The thresholds live here and only here (the frontend reads {@code level}, never a percentage):
 * <ul>
 *   <li>{@code COMPLETE}: every municipality known (or none expected, as for a region's own
 *       figures); the figure is shown as it is;</li>
 *   <li>{@code PARTIAL}: at least {@link #SHOWN_FROM_PERCENT}%: the figure is shown marked, with
 *       "op basis van k van n gemeenten"; a ratio is taken over the known municipalities only;</li>
 *   <li>{@code LOW}: fewer than that: the figure is shown greyed and hatched, and a ratio per 1,000
 *       inhabitants is withheld (a sum over a few municipalities says nothing about the area);</li>
 *   <li>{@code NONE}: no municipality known: the figure is "onbekend".</li>
 * </ul>
 * A judgement that needs the whole (the urgentietoets's "norm gehaald") is given only when
 * {@link #complete()}.
 *
 * <p>The counts are no figures of households: they say how many municipalities adopted, not which,
 * and the rules that keep a municipality's figure from being recovered
 * ({@link nl.thuisplan.smallnumbers.Suppression#contributors}) decide per column whether the sum is shown.
 *
 * @param level COMPLETE, PARTIAL, LOW or NONE (see above)
 * @param text the Dutch line shown under a figure: "op basis van 1 van 82 gemeenten"
 */
@Serdeable
public record Completeness(int known, int expected,
                           @Schema(allowableValues = {"COMPLETE", "PARTIAL", "LOW", "NONE"}, requiredMode = Schema.RequiredMode.REQUIRED)
                           String level, String text) {

    /** From this share of the municipalities a partial figure is shown (marked); below it greyed, ratios withheld. */
    public static final int SHOWN_FROM_PERCENT = 50;

    public static Completeness of(int known, int expected) {
        int k = Math.max(0, Math.min(known, expected));
        return new Completeness(k, expected, level(k, expected), text(k, expected));
    }

    /** One municipality: its figures known or not. */
    public static Completeness one(boolean known) {
        return of(known ? 1 : 0, 1);
    }

    private static String level(int known, int expected) {
        if (known == expected) {
            return "COMPLETE"; // 0 of 0: nothing expected (the region's own figures), so nothing missing
        }
        if (known == 0) {
            return "NONE";
        }
        return known * 100L >= (long) SHOWN_FROM_PERCENT * expected ? "PARTIAL" : "LOW";
    }

    private static String text(int known, int expected) {
        if (expected == 0) {
            return "niet van gemeenten";
        }
        if (expected == 1) {
            return known == 1 ? "vastgestelde cijfers" : "onbekend: geen vastgestelde vraaganalyse";
        }
        if (known == expected) {
            return "op basis van alle " + expected + " gemeenten";
        }
        return "op basis van " + known + " van " + expected + (expected == 1 ? " gemeente" : " gemeenten");
    }

    public boolean complete() {
        return "COMPLETE".equals(level);
    }

    /** A figure worth a ratio: complete or at least {@link #SHOWN_FROM_PERCENT}% known. */
    public boolean ratioShown() {
        return "COMPLETE".equals(level) || "PARTIAL".equals(level);
    }

    /** Two areas' completeness together (a municipality into its region, a region into the total). */
    public Completeness plus(Completeness o) {
        return of(known + o.known, expected + o.expected);
    }
}
