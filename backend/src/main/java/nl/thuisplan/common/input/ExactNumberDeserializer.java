package nl.thuisplan.common.input;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every {@link BigDecimal} a request carries, in any body, passes here: parsing {@code 1e-100000} is
 * cheap, so it is parsed and then refused on its precision and scale before anything computes with
 * it (see {@link InputLimits}). Replaces micronaut-serde's own BigDecimal reader ({@link Primary}).
 */
@Primary
@Singleton
final class ExactNumberDeserializer implements Deserializer<BigDecimal> {

    @Override
    public BigDecimal deserialize(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type) throws IOException {
        return InputLimits.requireFits(decoder.decodeBigDecimal(), JsonField.of(decoder));
    }

    @Override
    public BigDecimal deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type)
            throws IOException {
        BigDecimal value = decoder.decodeBigDecimalNullable();
        return value == null ? null : InputLimits.requireFits(value, JsonField.of(decoder));
    }
}
