package nl.thuisplan.common.input;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every JSON string a request carries passes here. PostgreSQL cannot store the NUL character
 * ({@code \u0000}) in text, so such a string would fail deep inside a write as a 500; it is
 * refused here, naming the field. Replaces micronaut-serde's own String reader ({@link Primary}).
 */
@Primary
@Singleton
final class TextDeserializer implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return InputLimits.requireNoNul(decoder.decodeString(), JsonField.of(decoder));
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        String value = decoder.decodeStringNullable();
        return value == null ? null : InputLimits.requireNoNul(value, JsonField.of(decoder));
    }
}
