package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.DocumentRow;
import nl.thuisplan.woonzorgvisie.figures.Figures;

/** The figures an adopted document keeps (jsonb {@code snapshot}), as text in and out of {@link DocumentRepository}. */
@Singleton
class FigureSnapshots {

    private final JsonMapper json;

    FigureSnapshots(JsonMapper json) {
        this.json = json;
    }

    Figures read(DocumentRow d) {
        try {
            return json.readValue(d.snapshot(), Argument.of(Figures.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(Figures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
