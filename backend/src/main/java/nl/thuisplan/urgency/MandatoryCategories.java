package nl.thuisplan.urgency;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The categories every urgentieregeling must have under the new law (domain.md, Urgentieregeling),
 * with the national target groups they serve. The template a region starts from; an adopted
 * version without one of them carries a warning naming it.
 */
final class MandatoryCategories {

    @Serdeable
    record Mandatory(String code, String name, List<String> targetGroups) {
    }

    static final List<Mandatory> ALL = List.of(
            new Mandatory("mantelzorg", "Mantelzorgers en -ontvangers", List.of("mantelzorg")),
            new Mandatory("medisch", "Ernstig zieken", List.of("medische_urgentie")),
            new Mandatory("huiselijk_geweld", "Slachtoffers huiselijk geweld", List.of("uitstroom_vo")),
            new Mandatory("mensenhandel", "Slachtoffers mensenhandel", List.of("mensenhandel")),
            new Mandatory("uitstroom_mo", "Uitstroom maatschappelijke opvang", List.of("uitstroom_mo")),
            new Mandatory("uitstroom_bw", "Uitstroom beschermd wonen", List.of("uitstroom_bw")),
            new Mandatory("uitstroom_ggz", "Uitstroom GGZ-klinieken", List.of("uitstroom_ggz")),
            new Mandatory("uitstroom_jeugd", "Uitstroom jeugdhulp", List.of("uitstroom_jeugd")),
            new Mandatory("ex_gedetineerden", "Ex-gedetineerden", List.of("uitstroom_detentie")),
            new Mandatory("uitstapprogramma", "Prostituees in een uitstapprogramma", List.of()),
            new Mandatory("dakloze_gezinnen", "Dakloze gezinnen met kinderen", List.of("dakloos")));

    /** Template defaults: the Awb's eight weeks to decide, and three months from urgency to an offer. */
    static final int DECISION_DAYS = 56;
    static final int WAIT_NORM_DAYS = 90;

    private MandatoryCategories() {
    }
}
