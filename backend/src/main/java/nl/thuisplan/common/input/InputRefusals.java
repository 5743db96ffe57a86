package nl.thuisplan.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.thuisplan.common.ProblemException;

/**
 * Finds the refusal behind an error raised while a request was read. A deserializer's
 * {@link ProblemException} reaches the error handler wrapped by micronaut-serde and Micronaut's
 * body binding; a duplicated JSON key is Jackson's parse error (strict duplicate detection is on in
 * application.yml) and becomes a refusal naming the key.
 */
public final class InputRefusals {

    private InputRefusals() {
    }

    public static Optional<ProblemException> find(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = error; t != null && seen.add(t); t = next(t)) {
            if (t instanceof ProblemException p) {
                return Optional.of(p);
            }
            if (t instanceof StreamReadException read && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")) {
                return Optional.of(InputLimits.refused(field(read), "DUPLICATE_KEY",
                        "Dit veld staat meer dan eens in het verzoek."));
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof ConversionErrorException conversion && conversion.getCause() == null) {
            return conversion.getConversionError().getCause();
        }
        return t.getCause();
    }

    private static String field(StreamReadException read) {
        JsonParser parser = read.getProcessor();
        return parser == null ? JsonField.UNKNOWN : JsonField.of(parser.getParsingContext());
    }
}
