package nl.thuisplan.common.input;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.util.CustomizableDeserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every JSON list read into a {@link List} passes here: a {@code null} element ({@code criteria:[null]})
 * is refused naming the element, since no list the API takes has a meaning for "nothing" in it and
 * the features iterate their lists without expecting one. Elements are read by the element type's
 * own deserializer, so the other limits of this package apply inside lists too (micronaut-serde's
 * own list reader takes a shortcut for lists of strings that would pass a NUL character by).
 */
@Primary
@Singleton
final class NullFreeListDeserializer implements CustomizableDeserializer<List<Object>> {

    @Override
    @SuppressWarnings("unchecked")
    public Deserializer<List<Object>> createSpecific(DecoderContext context, Argument<? super List<Object>> type)
            throws SerdeException {
        Argument<?>[] parameters = type.getTypeParameters();
        Argument<Object> element = parameters.length == 1 ? (Argument<Object>) parameters[0] : Argument.OBJECT_ARGUMENT;
        Deserializer<Object> reader = (Deserializer<Object>) context.findDeserializer(element).createSpecific(context, element);
        return new Specific(reader, element);
    }

    private record Specific(Deserializer<Object> reader, Argument<Object> element) implements Deserializer<List<Object>> {

        @Override
        public List<Object> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<Object>> type)
                throws IOException {
            Decoder array = decoder.decodeArray(type);
            List<Object> out = new ArrayList<>();
            while (array.hasNextArrayValue()) {
                if (array.decodeNull()) {
                    throw InputLimits.nullInList(JsonField.of(array));
                }
                out.add(reader.deserialize(array, context, element));
            }
            array.finishStructure();
            return out;
        }

        @Override
        public List<Object> deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super List<Object>> type)
                throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }

        /** A list left out reads as an empty list, as micronaut-serde's own list reader has it. */
        @Override
        public List<Object> getDefaultValue(DecoderContext context, Argument<? super List<Object>> type) {
            return new ArrayList<>();
        }
    }
}
