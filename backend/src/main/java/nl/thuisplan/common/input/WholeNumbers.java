package nl.thuisplan.common.input;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Whole numbers are read strictly: only a JSON integer literal is one. micronaut-serde would take
 * {@code true} as 1, {@code 1.9} as 1 and {@code "7"} as 7, so a wrong client would store a figure
 * nobody typed; here each is a 400 naming the field, as is a number outside the Java type.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static BigInteger read(Decoder decoder) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return big;
        }
        throw InputLimits.notAWholeNumber(JsonField.of(decoder));
    }

    @Primary
    @Singleton
    static final class IntegerDeserializer implements Deserializer<Integer> {
        @Override
        public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
            BigInteger v = read(decoder);
            if (v.bitLength() > 31) {
                throw InputLimits.wholeNumberOutOfRange(JsonField.of(decoder));
            }
            return v.intValue();
        }
    }

    @Primary
    @Singleton
    static final class LongDeserializer implements Deserializer<Long> {
        @Override
        public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
            BigInteger v = read(decoder);
            if (v.bitLength() > 63) {
                throw InputLimits.wholeNumberOutOfRange(JsonField.of(decoder));
            }
            return v.longValue();
        }
    }
}
