package nl.thuisplan.common.input;

import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.util.List;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;

/**
 * The bounds every input shares. An exact number's cost is its digits: {@code 1e-100000} is nine
 * characters, but exact arithmetic on it expands 10^100000 and pins a core for seconds to minutes.
 * No figure this platform keeps needs more than {@value #MAX_PRECISION} significant digits or more
 * than {@value #MAX_SCALE} places either side of the point, so anything beyond is refused before any
 * arithmetic. Features may refuse more (a stored scenario allows scale 9, precision 20).
 */
public final class InputLimits {

    public static final int MAX_PRECISION = 30;
    public static final int MAX_SCALE = 20;

    private InputLimits() {
    }

    /** Whether {@code value} fits; cheap: precision and scale are fields of a BigDecimal. */
    public static boolean fits(BigDecimal value) {
        return value.precision() <= MAX_PRECISION && Math.abs((long) value.scale()) <= MAX_SCALE;
    }

    public static BigDecimal requireFits(BigDecimal value, String field) {
        if (!fits(value)) {
            throw numberOutOfRange(field);
        }
        return value;
    }

    public static String requireNoNul(String text, String field) {
        if (text.indexOf('\0') >= 0) {
            throw refused(field, "NUL_CHARACTER", "De tekst bevat een ongeldig teken (NUL).");
        }
        return text;
    }

    public static ProblemException numberOutOfRange(String field) {
        return refused(field, "NUMBER_OUT_OF_RANGE", "Het getal heeft te veel cijfers: ten hoogste " + MAX_PRECISION
                + " cijfers en " + MAX_SCALE + " decimalen.");
    }

    public static ProblemException notAWholeNumber(String field) {
        return refused(field, "NOT_A_WHOLE_NUMBER", "Hier hoort een geheel getal, zonder aanhalingstekens of decimalen.");
    }

    public static ProblemException wholeNumberOutOfRange(String field) {
        return refused(field, "NUMBER_OUT_OF_RANGE", "Het getal is te groot of te klein.");
    }

    public static ProblemException nullInList(String field) {
        return refused(field, "NULL_IN_LIST", "Een lijst mag geen lege (null) elementen bevatten.");
    }

    /** A 400 {@code VALIDATION_FAILED} naming the field, as bean validation answers. */
    public static ProblemException refused(String field, String code, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.",
                List.of(new FieldProblem(field, code, message)));
    }
}
