package nl.thuisplan.woonzorgvisie.figures;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;
import nl.thuisplan.woonzorgvisie.content.DataBlock;

/**
 * Everything a document's placeholders and blocks can show, already formatted in Dutch. This is
 * also the snapshot stored with an adopted document: rendering from it needs no other table.
 */
@Serdeable
public record Figures(Instant asOf, Map<String, String> values, Map<String, DataBlock> blocks) {

    public Figures {
        values = Map.copyOf(values);
        blocks = Map.copyOf(blocks);
    }
}
