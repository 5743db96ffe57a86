package nl.thuisplan.woonzorgvisie.figures;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import nl.thuisplan.region.Members.Member;

/**
 * What a document is about: one gemeente, or a deelregio with its current member gemeenten.
 *
 * @param kind MUNICIPALITY or SUBREGION
 */
@Serdeable
public record Area(String kind, String code, String name, String province, List<Member> municipalities) {

    public Area {
        municipalities = List.copyOf(municipalities);
    }

    public List<String> codes() {
        return municipalities.stream().map(Member::code).toList();
    }
}
